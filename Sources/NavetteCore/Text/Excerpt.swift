extension StringProtocol {
    /// At most `limit` characters of the text on one line (line breaks shown as spaces, `…` where it
    /// was cut): how an error line quotes its input, however long or many-lined the input is.
    /// O(limit), whatever the length of the text.
    public func excerpt(_ limit: Int = 60) -> String {
        var result = ""
        var count = 0
        for character in self {
            if count == limit { return result + "…" }
            result.append(character.isNewline ? " " : character)
            count += 1
        }
        return result
    }
}
