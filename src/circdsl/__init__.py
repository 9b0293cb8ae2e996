"""circdsl: compile French HR circulars written in .circ into validators and documentation."""

__version__ = "0.1.0"
