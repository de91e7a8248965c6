"""Benchmarks and the synthetic case generator (see benchmarks/README.md)."""
