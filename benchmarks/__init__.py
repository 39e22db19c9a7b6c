"""Benchmarks and scale-test tooling for regkg (not part of the installed package)."""
