import NavetteCLI

Entry.main(NavetteBench.self)
