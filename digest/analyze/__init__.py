"""Analyzers: each turns an Article (or its text) into one part of a brief."""
