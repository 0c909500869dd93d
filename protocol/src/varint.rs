//! Unsigned LEB128 varints, as the binary formats (envelope format 2, the
//! messages inside it, the binary batch body) use them.
//!
//! A value is written 7 bits at a time, least significant group first; every
//! byte but the last has its top bit (0x80) set. 0 is `00`, 127 is `7f`,
//! 128 is `80 01`, 300 is `ac 02`. A reader refuses a varint that is
//! truncated, longer than 10 bytes, wider than 64 bits, or not in its
//! shortest form (a last byte of `00` after another byte, e.g. `80 00`), so
//! every value has exactly one encoding.

/// Longest varint of a `u64`.
pub const MAX_LEN: usize = 10;

/// Appends `value` as a varint.
pub fn put(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Bytes `value` takes as a varint.
pub fn len(value: u64) -> usize {
    let bits = 64 - value.leading_zeros() as usize;
    bits.div_ceil(7).max(1)
}

/// Reads a varint at `*pos`, advancing `*pos` past it; `None` for a
/// truncated, over-long, too wide or non-shortest varint.
pub fn get(bytes: &[u8], pos: &mut usize) -> Option<u64> {
    let mut value = 0u64;
    for i in 0..MAX_LEN {
        let byte = *bytes.get(*pos + i)?;
        let group = u64::from(byte & 0x7f);
        // The tenth byte holds bit 63 only.
        if i == MAX_LEN - 1 && group > 1 {
            return None;
        }
        value |= group << (7 * i);
        if byte & 0x80 == 0 {
            if i > 0 && byte == 0 {
                return None;
            }
            *pos += i + 1;
            return Some(value);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(v: u64) -> Vec<u8> {
        let mut out = Vec::new();
        put(&mut out, v);
        out
    }

    #[test]
    fn documented_examples_and_round_trips() {
        assert_eq!(encoded(0), [0x00]);
        assert_eq!(encoded(127), [0x7f]);
        assert_eq!(encoded(128), [0x80, 0x01]);
        assert_eq!(encoded(300), [0xac, 0x02]);
        assert_eq!(encoded(u64::MAX).len(), MAX_LEN);
        for v in [
            0,
            1,
            127,
            128,
            16_383,
            16_384,
            u64::from(u32::MAX),
            u64::MAX,
        ] {
            let bytes = encoded(v);
            assert_eq!(bytes.len(), len(v), "{v}");
            let mut pos = 0;
            assert_eq!(get(&bytes, &mut pos), Some(v));
            assert_eq!(pos, bytes.len());
        }
        // Reads from the middle of a buffer and stops at the varint's end.
        let mut pos = 1;
        assert_eq!(get(&[9, 0xac, 0x02, 7], &mut pos), Some(300));
        assert_eq!(pos, 3);
    }

    #[test]
    fn bad_varints_are_refused() {
        let mut pos = 0;
        // Truncated: a continuation bit with nothing after it.
        assert_eq!(get(&[0x80], &mut pos), None);
        assert_eq!(get(&[], &mut pos), None);
        // Not the shortest form.
        assert_eq!(get(&[0x80, 0x00], &mut pos), None);
        assert_eq!(get(&[0xff, 0x80, 0x00], &mut pos), None);
        // Wider than 64 bits, or longer than 10 bytes.
        let mut wide = vec![0xff; 9];
        wide.push(0x02);
        assert_eq!(get(&wide, &mut pos), None);
        assert_eq!(get(&[0x80; 11], &mut pos), None);
        assert_eq!(pos, 0, "a refused varint does not advance");
    }
}
