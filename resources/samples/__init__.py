"""The bundled sample draft and the script that builds it."""
