namespace carteiro::test { int supportVersion() { return 1; } }
