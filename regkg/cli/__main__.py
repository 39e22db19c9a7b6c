"""``python -m regkg.cli``: the same as the ``regkg`` console script."""

from regkg.cli import main

main()
