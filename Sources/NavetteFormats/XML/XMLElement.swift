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
    public func elements(_ name: String) -> [XMLElement] {
        children.compactMap { if case .element(let element) = $0, element.name == name { element } else { nil } }
    }

    /// The first child element with this local name.
    public func first(_ name: String) -> XMLElement? {
        for child in children {
            if case .element(let element) = child, element.name == name { return element }
        }
        return nil
    }

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

    /// The first descendant (depth first, document order) matching a predicate; the walk stops there.
    public func firstDescendant(where predicate: (XMLElement) -> Bool) -> XMLElement? {
        for child in children {
            guard case .element(let element) = child else { continue }
            if predicate(element) { return element }
            if let found = element.firstDescendant(where: predicate) { return found }
        }
        return nil
    }

    private func collect(into found: inout [XMLElement], _ predicate: (XMLElement) -> Bool) {
        for child in children {
            guard case .element(let element) = child else { continue }
            if predicate(element) { found.append(element) }
            element.collect(into: &found, predicate)
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
