import ArgumentParser
import NavetteFormats

/// Output formats shared by the subcommands.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case markdown
    case json
    case html
}

/// `--input-format`: ArgumentParser lists the values in the help and refuses unknown ones.
extension DocumentFormat: ExpressibleByArgument {}
