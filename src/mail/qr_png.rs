//! A QR code as a small PNG, for emails: mail programs that show no SVG and block remote
//! images still show an inline PNG, and it works offline at the door.

use std::io::Write;

use flate2::Compression;
use flate2::write::ZlibEncoder;
use qrcode::{Color, QrCode};

/// Pixels per module: 5 px gives about 200 px for a typical check-in link.
const SCALE: usize = 5;
/// The blank border a scanner needs, in modules.
const QUIET: usize = 4;

/// `text` as a black-on-white 8-bit greyscale PNG, or None when it does not fit a QR code.
pub fn qr_png(text: &str) -> Option<Vec<u8>> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let modules = code.width();
    let colors = code.to_colors();
    let side = (modules + 2 * QUIET) * SCALE;
    let mut raw = Vec::with_capacity((side + 1) * side);
    for y in 0..side {
        raw.push(0); // filter type "none" for each scanline
        for x in 0..side {
            let (mx, my) = (
                (x / SCALE).checked_sub(QUIET),
                (y / SCALE).checked_sub(QUIET),
            );
            let dark = match (mx, my) {
                (Some(mx), Some(my)) if mx < modules && my < modules => {
                    colors[my * modules + mx] == Color::Dark
                }
                _ => false,
            };
            raw.push(if dark { 0 } else { 255 });
        }
    }
    let mut zlib = ZlibEncoder::new(Vec::new(), Compression::default());
    zlib.write_all(&raw).ok()?;
    let data = zlib.finish().ok()?;
    let side = u32::try_from(side).ok()?;
    let mut header = Vec::with_capacity(13);
    header.extend_from_slice(&side.to_be_bytes());
    header.extend_from_slice(&side.to_be_bytes());
    // Bit depth 8, colour type 0 (greyscale), deflate, adaptive filtering, no interlace.
    header.extend_from_slice(&[8, 0, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut png, b"IHDR", &header);
    chunk(&mut png, b"IDAT", &data);
    chunk(&mut png, b"IEND", &[]);
    Some(png)
}

fn chunk(png: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    let len = u32::try_from(data.len()).unwrap_or(u32::MAX);
    png.extend_from_slice(&len.to_be_bytes());
    png.extend_from_slice(kind);
    png.extend_from_slice(data);
    let mut crc = crc32fast::Hasher::new();
    crc.update(kind);
    crc.update(data);
    png.extend_from_slice(&crc.finalize().to_be_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_png_with_a_valid_header_and_size() {
        let png = qr_png("https://events.example.org/admin/checkin/7/abc").expect("fits");
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        assert_eq!(&png[12..16], b"IHDR");
        let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
        assert!((150..=300).contains(&width), "{width}");
        assert!(
            png.ends_with(&[0xAE, 0x42, 0x60, 0x82]),
            "IEND with its CRC"
        );
    }
}
