import ArgumentParser
import NavetteFormats
import NavetteRender

/// `--format` and `--input-format`: ArgumentParser lists the values in the help and refuses unknown ones.
extension OutputFormat: ExpressibleByArgument {}

extension DocumentFormat: ExpressibleByArgument {}
