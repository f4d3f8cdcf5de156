/// Non-negative matrix factorisation X ≈ W·H (Lee & Seung's multiplicative updates for the
/// Frobenius norm), for topics that overlap: a unit's row of W spreads it over several
/// topics. Started from a spherical k-means clustering (H from its centroids, W from each
/// row's cosine to them) rather than at random, so it inherits its determinism and needs
/// few iterations.
struct TopicNMF {
    var k: Int
    var iterations = 150

    /// W (rows × k) and H (k × columns), both row-major; each row of H scaled to unit length
    /// (its scale moved into W's column).
    func fit(_ x: SparseRows, from start: Clustering, cancelled: () throws -> Void = {}) rethrows -> (w: [Float], h: [Float]) {
        let n = x.rowCount, d = x.columnCount
        let eps: Float = 1e-9
        var h = start.centroids
        // W from the cosines to the centroids (floored, so that no weight starts at zero and stays there).
        var w = [Float](repeating: 0, count: n * k)
        for i in 0..<n {
            for p in x.range(i) {
                let c = Int(x.columns[p]), v = x.values[p]
                for j in 0..<k { w[i * k + j] += v * h[j * d + c] }
            }
            for j in 0..<k { w[i * k + j] = max(w[i * k + j], 1e-4) }
        }
        for j in 0..<k * d where h[j] <= 0 { h[j] = 1e-6 }
        var wtx = [Float](repeating: 0, count: k * d)
        var ht = [Float](repeating: 0, count: d * k)
        var xht = [Float](repeating: 0, count: n * k)
        for iteration in 0..<iterations {
            if iteration % 10 == 0 { try cancelled() }
            // H ← H ⊙ (WᵀX) / (WᵀW H)
            for i in wtx.indices { wtx[i] = 0 }
            for i in 0..<n {
                for p in x.range(i) {
                    let c = Int(x.columns[p]), v = x.values[p]
                    for j in 0..<k { wtx[j * d + c] += w[i * k + j] * v }
                }
            }
            let wtw = gram(w, rows: n)
            for j in 0..<k {
                for c in 0..<d {
                    var denominator: Float = 0
                    for l in 0..<k { denominator += wtw[j * k + l] * h[l * d + c] }
                    h[j * d + c] *= wtx[j * d + c] / (denominator + eps)
                }
            }
            // W ← W ⊙ (X Hᵀ) / (W H Hᵀ)
            for c in 0..<d {
                for j in 0..<k { ht[c * k + j] = h[j * d + c] }
            }
            for i in 0..<n {
                for j in 0..<k { xht[i * k + j] = 0 }
                for p in x.range(i) {
                    let base = Int(x.columns[p]) * k, v = x.values[p]
                    for j in 0..<k { xht[i * k + j] += v * ht[base + j] }
                }
            }
            let hht = gram(ht, rows: d)
            for i in 0..<n {
                for j in 0..<k {
                    var denominator: Float = 0
                    for l in 0..<k { denominator += w[i * k + l] * hht[l * k + j] }
                    w[i * k + j] *= xht[i * k + j] / (denominator + eps)
                }
            }
        }
        for j in 0..<k {
            var norm: Float = 0
            for c in 0..<d { norm += h[j * d + c] * h[j * d + c] }
            norm = norm.squareRoot()
            guard norm > 0 else { continue }
            for c in 0..<d { h[j * d + c] /= norm }
            for i in 0..<n { w[i * k + j] *= norm }
        }
        return (w, h)
    }

    /// MᵀM (k × k) of a rows × k row-major matrix.
    private func gram(_ m: [Float], rows: Int) -> [Float] {
        var g = [Float](repeating: 0, count: k * k)
        for r in 0..<rows {
            for a in 0..<k {
                let x = m[r * k + a]
                if x == 0 { continue }
                for b in 0..<k { g[a * k + b] += x * m[r * k + b] }
            }
        }
        return g
    }
}
