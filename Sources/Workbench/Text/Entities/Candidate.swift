/// A possible mention found by `MentionScanner`, before linking decides what it refers to.
struct Candidate {
    /// What the scanner saw; linking trusts some sources more than others.
    enum Source {
        /// A gazetteer name (place, organisation, demonym).
        case gazetteer
        /// A capitalised phrase with an organisation cue (`Institute`, `Department of …`).
        case cue
        /// A name after a title (`Mr. Tsuruoka`, `Secretary General Anders Fogh Rasmussen`).
        case title
        /// A name with person evidence around it: speech verb, role apposition, given name.
        case evidence
        /// Capitalised words with no evidence yet: a person only if linking finds one.
        case unknown
    }

    var tokens: Range<Int>
    /// Scalar offsets: the start of the first token, the end of the last.
    var start: Int
    var end: Int
    /// Nil while unknown.
    var kind: EntityKind?
    var source: Source
    /// The gazetteer's canonical name (for groups: the usual demonym).
    var canonical: String?
    /// Country name of a place or group, when the gazetteer knows it.
    var country: String?
    /// An all-caps token (`SDF`, `NATO`): may stand for an expansion in the same document.
    var isAcronym = false
    /// A gazetteer name that is also a common word or a person's name (`Jordan`).
    var isAmbiguous = false
    /// A name valid only after its organisation was introduced (`the Alliance`).
    var isContextual = false
    /// One capitalised word whose only person evidence is a speech verb (`Tsuruoka
    /// believes`, but also `Apple said`): a person if linking finds a surname or a pronoun.
    var speechOnly = false
    /// The title right before a person's name, and whether it is only an honorific (`Mr`).
    var title: Range<Int>?
    var titleIsHonorific = false
    /// The candidate (index) just before the title in the same run: `NATO` in
    /// `NATO Secretary General Anders Fogh Rasmussen`.
    var titleOwner: Int?
}
