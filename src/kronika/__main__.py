"""`python -m kronika …` runs the `kronika` command."""

from kronika.cli import main

main()
