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
    // One bit per pixel (black or white), eight pixels to a byte: an eighth of the bytes of
    // a grey-level image to compress, for every confirmation and reminder the outbox sends.
    let row_bytes = side.div_ceil(8);
    let mut raw = Vec::with_capacity((row_bytes + 1) * side);
    for y in 0..side {
        raw.push(0); // filter type "none" for each scanline
        let row_start = raw.len();
        raw.resize(row_start + row_bytes, 0);
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
            if !dark {
                raw[row_start + x / 8] |= 0x80 >> (x % 8);
            }
        }
    }
    let mut zlib = ZlibEncoder::new(Vec::new(), Compression::fast());
    zlib.write_all(&raw).ok()?;
    let data = zlib.finish().ok()?;
    let side = u32::try_from(side).ok()?;
    let mut header = Vec::with_capacity(13);
    header.extend_from_slice(&side.to_be_bytes());
    header.extend_from_slice(&side.to_be_bytes());
    // Bit depth 8, colour type 0 (greyscale), deflate, adaptive filtering, no interlace.
    // Bit depth 1, grey scale, deflate, no filter, no interlace.
    header.extend_from_slice(&[1, 0, 0, 0, 0]);
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

    /// Reads the image back (one bit per pixel, 1 = white) and compares each pixel with the
    /// module of the code it stands for.
    #[test]
    fn every_pixel_is_the_colour_of_its_module() {
        use std::io::Read;
        let text = "https://events.example.org/admin/checkin/7/abc";
        let png = qr_png(text).expect("fits");
        let side = u32::from_be_bytes([png[16], png[17], png[18], png[19]]) as usize;
        assert_eq!((png[24], png[25]), (1, 0), "bit depth 1, grey scale");
        let idat_len = u32::from_be_bytes([png[33], png[34], png[35], png[36]]) as usize;
        assert_eq!(&png[37..41], b"IDAT");
        let mut raw = Vec::new();
        flate2::read::ZlibDecoder::new(&png[41..41 + idat_len])
            .read_to_end(&mut raw)
            .expect("inflate");
        let row_bytes = side.div_ceil(8);
        assert_eq!(raw.len(), (row_bytes + 1) * side);
        let code = QrCode::new(text.as_bytes()).expect("code");
        let (modules, colors) = (code.width(), code.to_colors());
        let mut dark_pixels = 0;
        for y in 0..side {
            let line = &raw[y * (row_bytes + 1)..(y + 1) * (row_bytes + 1)];
            assert_eq!(line[0], 0, "no filter");
            for x in 0..side {
                let white = line[1 + x / 8] & (0x80 >> (x % 8)) != 0;
                let module = (x / SCALE)
                    .checked_sub(QUIET)
                    .zip((y / SCALE).checked_sub(QUIET))
                    .filter(|&(mx, my)| mx < modules && my < modules);
                let dark = module.is_some_and(|(mx, my)| colors[my * modules + mx] == Color::Dark);
                assert_eq!(white, !dark, "pixel ({x}, {y})");
                dark_pixels += usize::from(dark);
            }
        }
        assert!(dark_pixels > 0);
    }
}
