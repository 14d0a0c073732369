/// A parsed XML or HTML element as a Swift value: libxml2's tree is walked once and freed.
public struct XMLElement: Sendable, Hashable {
    public enum Child: Sendable, Hashable {
        case element(XMLElement)
        case text(String)
    }

    /// Local name, lowercased for HTML documents.
    public var name: String
    /// Namespace URI, when the element has one.
    public var namespace: String?
    public var attributes: [String: String]
    public var children: [Child]
    /// Line in the source document, for diagnostics.
    public var line: Int

    public init(
        name: String, namespace: String? = nil, attributes: [String: String] = [:], children: [Child] = [],
        line: Int = 0
    ) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    public subscript(attribute: String) -> String? { attributes[attribute] }

    /// Child elements, in order.
    public var elements: [XMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// Child elements with this local name.
    public func elements(_ name: String) -> [XMLElement] { elements.filter { $0.name == name } }

    /// The first child element with this local name.
    public func first(_ name: String) -> XMLElement? { elements.first { $0.name == name } }

    /// Follows a path of child names: `element.path("META", "META_COMMUN", "ID")`.
    public func path(_ names: String...) -> XMLElement? {
        var current: XMLElement? = self
        for name in names { current = current?.first(name) }
        return current
    }

    /// All descendants (depth first, document order) with this local name.
    public func descendants(_ name: String) -> [XMLElement] {
        var found: [XMLElement] = []
        collect(into: &found) { $0.name == name }
        return found
    }

    /// All descendants (depth first, document order) matching a predicate.
    public func descendants(where predicate: (XMLElement) -> Bool) -> [XMLElement] {
        var found: [XMLElement] = []
        collect(into: &found, predicate)
        return found
    }

    private func collect(into found: inout [XMLElement], _ predicate: (XMLElement) -> Bool) {
        for child in elements {
            if predicate(child) { found.append(child) }
            child.collect(into: &found, predicate)
        }
    }

    /// The concatenated text of the element and its descendants, as in the source.
    public var text: String {
        var output = ""
        appendText(to: &output)
        return output
    }

    private func appendText(to output: inout String) {
        for child in children {
            switch child {
            case .text(let text): output += text
            case .element(let element): element.appendText(to: &output)
            }
        }
    }
}
