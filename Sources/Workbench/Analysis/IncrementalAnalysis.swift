/// An analysis whose output for documents appended to the corpus can be added to its
/// previous output instead of computing everything again (issue 8): a per-document analysis
/// whose result for one document depends on that document only.
///
/// The engine extends a layer only when its fingerprint is unchanged, the documents it was
/// computed on are the first ones of the corpus (documents were only appended since; `clear`
/// drops every layer), and nothing it requires ran in full now. The extension must print the
/// same as a full run: the same nodes in the same order, with the same attributes. Node ids
/// are the one difference: the old nodes keep theirs and the new ones take ids after every
/// layer made so far, as a full rerun in the same session would also take new ids (ids are
/// never printed; they only link nodes and edges within one session or workspace).
public protocol IncrementalAnalysis: Analysis {
    /// Adds to `output` (the previous output, which covers the documents before
    /// `newDocuments`) the nodes of the documents `newDocuments` (indices into
    /// `context.graph.documents`). Returns false when it cannot: the engine then runs it in full.
    func extend(_ context: AnalysisContext, newDocuments: Range<Int>, into output: inout AnalysisOutput) throws -> Bool
}
