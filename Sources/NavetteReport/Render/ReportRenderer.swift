import Foundation
import NavetteCore

/// The report's files in one format: HTML and Markdown, an index and one page per article; JSON, one
/// `report.json`. Rendering is pure: the caller writes the files (atomically).
public enum ReportRenderer {
    public enum Format: String, Sendable, CaseIterable {
        case html, markdown, json
    }

    public struct File: Sendable, Hashable {
        /// A file name, no directory: `index.html`, `article-7.html`, `report.json`.
        public var name: String
        public var contents: String
    }

    /// `typography`: mark differences of typography only in HTML and Markdown; by default they render
    /// `Report.foldingTypography()`. JSON keeps every difference.
    public static func files(_ report: Report, format: Format, typography: Bool = false) throws -> [File] {
        let report = typography || format == .json ? report : report.foldingTypography()
        switch format {
        case .json:
            return [File(name: "report.json", contents: try json(report))]
        case .html:
            // One page per article, each on its own: rendered on every core, in order.
            return [File(name: "index.html", contents: HTMLIndex.page(report))]
                + report.articles.concurrentMap {
                    File(name: $0.page + ".html", contents: HTMLArticle.page($0, in: report))
                }
        case .markdown:
            return [File(name: "index.md", contents: MarkdownReport.index(report))]
                + report.articles.concurrentMap {
                    File(name: $0.page + ".md", contents: MarkdownReport.article($0, in: report))
                }
        }
    }

    /// The JSON report: `Report` encoded, keys sorted, so that a diff between two reports is stable.
    public static func json(_ report: Report) throws -> String { try JSONOutput.encode(report) }
}
