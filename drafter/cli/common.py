"""What every command of the command line shares: messages in the user's language, JSON out."""

from __future__ import annotations

import json
import sys

from drafter.messages import Message, language_from_environment, translator


def say(item: Message | str) -> str:
    """A message in the user's language (DRAFTER_LANG or the locale); plain text as it is."""
    if isinstance(item, Message):
        return item.render(translator(language_from_environment()))
    return str(item)


def tr(text: str, **args: object) -> str:
    """A message id with its arguments, rendered like say()."""
    return say(Message(text, args))


def print_json(data) -> None:
    """JSON on stdout, UTF-8 as it is (not \\u escapes)."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def warn(lines) -> None:
    """Each line on stderr as «warning: …», in the user's language."""
    for line in lines:
        print(f"warning: {say(line)}", file=sys.stderr)
