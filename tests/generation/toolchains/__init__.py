"""One module per target language, each with the same two functions, for the matrix test:

    operation_count(root: Path) -> int
        how many operations the generated project at `root` declares (read from its operation table)
    compile_projects(roots: list[Path], scratch: Path) -> None
        one build of every project in `roots` with the language's strict checks; AssertionError
        with the first compiler errors when it fails
"""
