import NavetteCLI

Entry.main()
