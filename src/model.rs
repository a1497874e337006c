//! A small linear model per category over hashed word and character n-grams.
//!
//! Trained offline by `waspada train` (see `src/bin/waspada/train.rs`), quantised to one signed byte
//! per weight and bundled as `assets/model/waspada.model`. The file stores only non-zero buckets; the
//! engine expands them into one dense table so a feature costs one hash and one lookup.

use crate::category::Category;
use crate::error::{Error, Result};

/// File magic and format version of `.model` files.
pub const MAGIC: &[u8; 4] = b"WSPM";
pub const FORMAT_VERSION: u32 = 2;

/// Script groups with a calibration of their own: the model's raw scores are not comparable across
/// scripts (a Thai post has no word features, only character runs). Latin (and other) text, Thai,
/// Burmese, Vietnamese, other unspaced scripts (Lao, Khmer).
pub const SCRIPT_GROUPS: usize = 5;
pub const SCRIPT_GROUP_NAMES: [&str; SCRIPT_GROUPS] = ["latin", "thai", "burmese", "vietnamese", "lao-khmer"];

/// The script group of a normalised text, from its first letters.
pub fn script_group(text: &str) -> usize {
    let mut counts = [0usize; SCRIPT_GROUPS];
    for c in text.chars().filter(|&c| crate::normalize::is_word_char(c) && !c.is_ascii_digit()).take(300) {
        use crate::normalize::{unspaced_script, UnspacedScript};
        let g = match unspaced_script(c) {
            Some(UnspacedScript::Thai) => 1,
            Some(UnspacedScript::Burmese) => 2,
            Some(UnspacedScript::Lao | UnspacedScript::Khmer) => 4,
            _ if matches!(c, 'ă' | 'â' | 'đ' | 'ê' | 'ô' | 'ơ' | 'ư' | '\u{1EA0}'..='\u{1EF9}') => 3,
            _ => 0,
        };
        counts[g] += 1;
    }
    // Vietnamese is Latin with its own letters: a few of them are enough to tell.
    if counts[3] * 8 >= counts[0] && counts[3] >= 2 {
        return 3;
    }
    (0..SCRIPT_GROUPS).max_by_key(|&g| (counts[g], std::cmp::Reverse(g))).unwrap_or(0)
}

/// Characters of a post the model looks at; the rest of a very long post is left to the rules.
pub const MAX_CHARS: usize = 1500;

/// One output of the model.
#[derive(Debug, Clone, PartialEq)]
pub struct Head {
    pub category: Category,
    pub bias: f32,
    /// Weight of one quantised unit.
    pub scale: f32,
    /// Platt calibration per script group: probability = sigmoid(a · raw + b).
    pub calib: [(f32, f32); SCRIPT_GROUPS],
}

/// The trained model.
#[derive(Debug, Clone)]
pub struct Model {
    pub bits: u32,
    pub heads: Vec<Head>,
    /// Which hash buckets have weights (a bit per bucket): most do not, and a dense table was
    /// 1.25 MB of the engine's memory for 0.4 MB of weights.
    kept: Vec<u64>,
    /// Kept buckets before each word of `kept`: a bucket's slot is its rank.
    rank: Vec<u32>,
    /// `weights[slot * heads + h]`, kept buckets only.
    weights: Vec<i8>,
}

/// FNV-1a, 64-bit: the feature hash shared by training and inference.
#[inline]
fn fnv(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = 0xcbf29ce484222325u64 ^ seed;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// Calls `emit(hash)` for every feature of a normalised text: word unigrams and bigrams, and
/// character 3- and 5-grams of each word (padded with spaces), so scripts without spaces get
/// features from their character runs.
pub fn features(normalized: &str, mut emit: impl FnMut(u64)) {
    let text = match normalized.char_indices().nth(MAX_CHARS) {
        Some((cut, _)) => &normalized[..cut],
        None => normalized,
    };
    let mut prev_word: Option<u64> = None;
    let mut padded: Vec<char> = Vec::with_capacity(64);
    let mut buf = [0u8; 32];
    for word in text.split(|c: char| !crate::normalize::is_word_char(c)).filter(|w| !w.is_empty()) {
        let w = fnv(1, word.as_bytes());
        emit(w);
        if let Some(p) = prev_word {
            emit(fnv(2, &(p ^ w.rotate_left(17)).to_le_bytes()));
        }
        prev_word = Some(w);
        padded.clear();
        padded.push(' ');
        padded.extend(word.chars().take(60));
        padded.push(' ');
        for n in [3usize, 5] {
            if padded.len() < n {
                continue;
            }
            for window in padded.windows(n) {
                let mut len = 0;
                for c in window {
                    len += c.encode_utf8(&mut buf[len..]).len();
                }
                emit(fnv(n as u64 + 10, &buf[..len]));
            }
        }
    }
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8]> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| Error::new(format!("model: truncated at byte {}", self.at)))?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn f32(&mut self) -> Result<f32> {
        Ok(f32::from_bits(self.u32()?))
    }
    fn varint(&mut self) -> Result<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?[0];
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(Error::new("model: varint too long"))
    }
}

impl Model {
    /// Reads a `.model` file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC {
            return Err(Error::new("model: not a Waspada model (bad magic)"));
        }
        let format = r.u32()?;
        if format != FORMAT_VERSION {
            return Err(Error::new(format!("model: unsupported format {format} (this engine reads {FORMAT_VERSION})")));
        }
        let bits = r.u32()?;
        if !(10..=24).contains(&bits) {
            return Err(Error::new(format!("model: {bits} hash bits is out of range")));
        }
        let n_heads = r.u32()? as usize;
        if n_heads == 0 || n_heads > Category::ALL.len() {
            return Err(Error::new(format!("model: {n_heads} heads")));
        }
        let mut heads = Vec::with_capacity(n_heads);
        for _ in 0..n_heads {
            let len = r.take(1)?[0] as usize;
            let name = std::str::from_utf8(r.take(len)?).map_err(|_| Error::new("model: head name is not UTF-8"))?;
            let category: Category = name.parse().map_err(|e: String| Error::new(format!("model: {e}")))?;
            let (bias, scale) = (r.f32()?, r.f32()?);
            let mut calib = [(1.0, 0.0); SCRIPT_GROUPS];
            for slot in &mut calib {
                *slot = (r.f32()?, r.f32()?);
            }
            heads.push(Head { category, bias, scale, calib });
        }
        let buckets = 1usize << bits;
        let count = r.u32()? as usize;
        if count > buckets {
            return Err(Error::new(format!("model: {count} buckets listed, more than {buckets}")));
        }
        // (bucket, offset of its weights in `bytes`)
        let mut rows: Vec<(usize, usize)> = Vec::with_capacity(count);
        let mut bucket = 0usize;
        for i in 0..count {
            let delta = r.varint()? as usize;
            if i > 0 && delta == 0 {
                return Err(Error::new(format!("model: bucket {bucket} listed twice")));
            }
            bucket = if i == 0 { delta } else { bucket.saturating_add(delta) };
            if bucket >= buckets {
                return Err(Error::new(format!("model: bucket {bucket} out of range")));
            }
            let at = r.at;
            r.take(n_heads)?;
            rows.push((bucket, at));
        }
        if r.at != bytes.len() {
            return Err(Error::new(format!("model: {} trailing bytes", bytes.len() - r.at)));
        }
        let row = |at: usize| bytes[at..at + n_heads].iter().map(|&x| x as i8);
        Ok(Model::from_rows(bits, heads, rows.into_iter().map(|(b, at)| (b, row(at)))))
    }

    /// The sparse table from (bucket, weights per head) rows in increasing bucket order.
    fn from_rows<W: Iterator<Item = i8>>(bits: u32, heads: Vec<Head>, rows: impl Iterator<Item = (usize, W)>) -> Model {
        let mut kept = vec![0u64; (1usize << bits).div_ceil(64)];
        let mut weights = Vec::new();
        for (bucket, w) in rows {
            kept[bucket / 64] |= 1 << (bucket % 64);
            weights.extend(w);
        }
        let mut rank = Vec::with_capacity(kept.len());
        let mut before = 0u32;
        for word in &kept {
            rank.push(before);
            before += word.count_ones();
        }
        weights.shrink_to_fit();
        Model { bits, heads, kept, rank, weights }
    }

    /// Builds a model from dense weights (training); buckets whose weights are all zero are dropped.
    pub fn from_parts(bits: u32, heads: Vec<Head>, weights: Vec<i8>) -> Result<Model> {
        let k = heads.len();
        if weights.len() != (1usize << bits) * k {
            return Err(Error::new("model: weight table has the wrong size"));
        }
        let rows = weights.chunks_exact(k).enumerate().filter(|(_, w)| w.iter().any(|&x| x != 0));
        Ok(Model::from_rows(bits, heads, rows.map(|(b, w)| (b, w.iter().copied()))))
    }

    /// The weights of a bucket, one per head, if it has any.
    #[inline]
    fn row(&self, bucket: usize) -> Option<&[i8]> {
        let (word, bit) = (self.kept[bucket / 64], bucket % 64);
        if word >> bit & 1 == 0 {
            return None;
        }
        let slot = self.rank[bucket / 64] as usize + (word & ((1u64 << bit) - 1)).count_ones() as usize;
        let k = self.heads.len();
        Some(&self.weights[slot * k..(slot + 1) * k])
    }

    /// The quantised weight of `head` for hash bucket `bucket` (training tools).
    pub fn weight(&self, bucket: usize, head: usize) -> i8 {
        self.row(bucket).map_or(0, |w| w[head])
    }

    /// Kept buckets in increasing order.
    fn kept_buckets(&self) -> impl Iterator<Item = usize> + '_ {
        self.kept
            .iter()
            .enumerate()
            .flat_map(|(i, &word)| (0..64).filter(move |bit| word >> bit & 1 == 1).map(move |bit| i * 64 + bit))
    }

    /// Writes the `.model` file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let k = self.heads.len();
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&(k as u32).to_le_bytes());
        for h in &self.heads {
            let name = h.category.name().as_bytes();
            out.push(name.len() as u8);
            out.extend_from_slice(name);
            let numbers = [h.bias, h.scale].into_iter().chain(h.calib.iter().flat_map(|&(a, b)| [a, b]));
            for x in numbers {
                out.extend_from_slice(&x.to_bits().to_le_bytes());
            }
        }
        let nonzero: Vec<usize> =
            self.kept_buckets().filter(|&b| self.row(b).is_some_and(|w| w.iter().any(|&x| x != 0))).collect();
        out.extend_from_slice(&(nonzero.len() as u32).to_le_bytes());
        let mut prev = 0usize;
        for (i, &b) in nonzero.iter().enumerate() {
            let mut delta = if i == 0 { b } else { b - prev } as u64;
            loop {
                let byte = (delta & 0x7f) as u8;
                delta >>= 7;
                if delta == 0 {
                    out.push(byte);
                    break;
                }
                out.push(byte | 0x80);
            }
            out.extend(self.row(b).unwrap_or(&[]).iter().map(|&w| w as u8));
            prev = b;
        }
        out
    }

    /// Raw (uncalibrated) scores of every head for a normalised text.
    pub fn raw_scores(&self, normalized: &str) -> Vec<f32> {
        let k = self.heads.len();
        let mask = (1u64 << self.bits) - 1;
        let mut sums = vec![0i32; k];
        let mut n = 0u32;
        features(normalized, |h| {
            if let Some(row) = self.row((h & mask) as usize) {
                for (s, &w) in sums.iter_mut().zip(row) {
                    *s += i32::from(w);
                }
            }
            n += 1;
        });
        let norm = if n == 0 { 0.0 } else { 1.0 / (n as f32).sqrt() };
        self.heads.iter().zip(sums).map(|(h, s)| h.bias + h.scale * s as f32 * norm).collect()
    }

    /// Calibrated probability per head, in head order.
    pub fn probabilities(&self, normalized: &str) -> Vec<(Category, f32)> {
        let group = script_group(normalized);
        self.raw_scores(normalized)
            .into_iter()
            .zip(&self.heads)
            .map(|(raw, h)| {
                let (a, b) = h.calib[group];
                (h.category, sigmoid(a * raw + b))
            })
            .collect()
    }

    /// The n-grams that pushed head `h` up most in `normalized` (for evidence), as view byte spans.
    pub fn top_words(&self, normalized: &str, h: usize, limit: usize) -> Vec<(usize, usize, f32)> {
        let mask = (1u64 << self.bits) - 1;
        let mut found: Vec<(usize, usize, f32)> = Vec::new();
        let base = normalized.as_ptr() as usize;
        for word in normalized.split(|c: char| !crate::normalize::is_word_char(c)).filter(|w| !w.is_empty()) {
            let b = (fnv(1, word.as_bytes()) & mask) as usize;
            let w = f32::from(self.weight(b, h)) * self.heads[h].scale;
            if w > 0.0 {
                let start = word.as_ptr() as usize - base;
                found.push((start, start + word.len(), w));
            }
        }
        found.sort_by(|a, b| b.2.total_cmp(&a.2));
        found.truncate(limit);
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_bytes_and_rejects_damage() {
        let heads =
            vec![Head { category: Category::Hate, bias: -1.0, scale: 0.01, calib: [(1.0, 0.0); SCRIPT_GROUPS] }];
        let mut weights = vec![0i8; 1 << 10];
        let mut hot = Vec::new();
        features("you idiot", |h| hot.push((h & 1023) as usize));
        for b in &hot {
            weights[*b] = 100;
        }
        let m = Model::from_parts(10, heads, weights).unwrap();
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes).unwrap();
        assert_eq!(back.raw_scores("you idiot"), m.raw_scores("you idiot"));
        assert!(back.probabilities("you idiot")[0].1 > back.probabilities("lovely day")[0].1);
        assert_eq!(Model::from_bytes(b"NOPE").unwrap_err().message(), "model: not a Waspada model (bad magic)");
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).unwrap_err().message().starts_with("model: truncated"));
        let mut v2 = bytes.clone();
        v2[4] = 9;
        assert_eq!(Model::from_bytes(&v2).unwrap_err().message(), "model: unsupported format 9 (this engine reads 2)");
    }

    #[test]
    fn script_groups_table() {
        let cases = [
            ("you are lovely", 0),
            ("dasar goblok lu", 0),
            ("วันนี้อากาศดีมาก", 1),
            ("မင်္ဂလာပါ", 2),
            ("hôm nay trời đẹp quá", 3),
            ("hom nay troi dep qua", 0),
            ("ສະບາຍດີ", 4),
            ("", 0),
        ];
        for (text, want) in cases {
            assert_eq!(script_group(text), want, "{text}");
        }
    }

    #[test]
    fn unspaced_scripts_get_character_features() {
        let mut n = 0;
        features("วันนี้อากาศดีมาก", |_| n += 1);
        assert!(n > 10, "{n} features");
    }
}
