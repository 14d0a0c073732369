/// Output formats of the renderers (and of the subcommands' `--format`).
public enum OutputFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    case json
    case html
}
