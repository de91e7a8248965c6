"""The law library of `elements`: DSL files for crimes, modes of liability, standards of proof
and the fact vocabulary. A Python package only so that the `.el` files ship with the wheel."""
