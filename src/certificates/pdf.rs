//! One certificate as a one-page A4 PDF (landscape), with the DejaVu Sans font embedded so the
//! text is real text in every language Convene speaks (é, ñ, ã, ç, ë included).

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::image::Image;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use super::Certificate;
use super::logo::{Logo, LogoFormat};

/// DejaVu Sans (free licence, see static/fonts/DejaVu-LICENSE.txt).
static FONT: &[u8] = include_bytes!("../../static/fonts/DejaVuSans.ttf");

const WIDTH: f32 = 842.0;
const HEIGHT: f32 = 595.0;
const MARGIN: f32 = 72.0;
/// The box the logo fits in, at the top right, above the first rule.
const LOGO_WIDTH: f32 = 150.0;
const LOGO_HEIGHT: f32 = 42.0;
/// Characters per line of the sessions' list (11 pt across the page).
const SESSION_LINE: usize = 110;

/// The PDF bytes of `cert`.
pub fn render(cert: &Certificate) -> anyhow::Result<Vec<u8>> {
    let font = Font::new(FONT.into(), 0).ok_or_else(|| anyhow::anyhow!("font unreadable"))?;
    let mut document = Document::new();
    let settings =
        PageSettings::from_wh(WIDTH, HEIGHT).ok_or_else(|| anyhow::anyhow!("page size"))?;
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    let brand = rgb::Color::new(cert.colour.0, cert.colour.1, cert.colour.2);
    let ink = rgb::Color::new(0x22, 0x22, 0x22);

    band(&mut surface, brand, MARGIN - 24.0);
    band(&mut surface, brand, HEIGHT - MARGIN + 20.0);

    let mut line = Writer {
        surface: &mut surface,
        font,
        y: MARGIN + 20.0,
    };
    line.write(&cert.site_name, 14.0, brand);
    line.gap(30.0);
    line.write(&cert.heading, 30.0, brand);
    line.gap(26.0);
    line.write(&cert.certifies, 13.0, ink);
    line.gap(6.0);
    line.write(&cert.name, 26.0, ink);
    line.gap(10.0);
    line.write(&cert.attended, 13.0, ink);
    line.gap(6.0);
    line.write(&cert.title, 20.0, ink);
    line.gap(10.0);
    line.write(&cert.dates, 13.0, ink);
    line.write(&cert.place, 13.0, ink);
    if let Some(minutes) = &cert.minutes {
        line.write(minutes, 13.0, ink);
    }
    if let Some((heading, titles)) = &cert.sessions {
        line.gap(8.0);
        line.write(heading, 11.0, ink);
        for text in wrap(&titles.join(" · "), SESSION_LINE) {
            line.write(&text, 11.0, ink);
        }
    }
    line.y = HEIGHT - MARGIN;
    line.write(&cert.verification, 10.0, ink);
    if let Some(logo) = &cert.logo {
        draw_logo(&mut surface, logo);
    }

    surface.finish();
    page.finish();
    document.finish().map_err(|e| anyhow::anyhow!("pdf: {e:?}"))
}

/// Writes lines top to bottom at the left margin.
struct Writer<'a, 'b> {
    surface: &'a mut Surface<'b>,
    font: Font,
    y: f32,
}

impl Writer<'_, '_> {
    fn write(&mut self, text: &str, size: f32, colour: rgb::Color) {
        self.y += size;
        self.surface.set_fill(Some(Fill {
            paint: colour.into(),
            ..Default::default()
        }));
        self.surface.draw_text(
            Point::from_xy(MARGIN, self.y),
            self.font.clone(),
            size,
            text,
            false,
            TextDirection::Auto,
        );
        self.y += size * 0.4;
    }

    fn gap(&mut self, points: f32) {
        self.y += points;
    }
}

/// A thin rule in the brand colour across the page.
fn band(surface: &mut Surface<'_>, colour: rgb::Color, y: f32) {
    let Some(rect) = Rect::from_xywh(MARGIN, y, WIDTH - 2.0 * MARGIN, 3.0) else {
        return;
    };
    let mut builder = PathBuilder::new();
    builder.push_rect(rect);
    if let Some(path) = builder.finish() {
        surface.set_fill(Some(Fill {
            paint: colour.into(),
            ..Default::default()
        }));
        surface.draw_path(&path);
    }
}

/// The logo, scaled to fit its box with its proportions kept, flush right. A file the
/// decoder refuses is left out: the certificate stands without it.
fn draw_logo(surface: &mut Surface<'_>, logo: &Logo) {
    let data = krilla::Data::from(logo.bytes.clone());
    let image = match logo.format {
        LogoFormat::Png => Image::from_png(data, true),
        LogoFormat::Jpeg => Image::from_jpeg(data, true),
        LogoFormat::Webp => Image::from_webp(data, true),
        LogoFormat::Gif => Image::from_gif(data, true),
    };
    let Ok(image) = image else {
        tracing::warn!("the logo cannot be decoded for certificates");
        return;
    };
    let (w, h) = image.size();
    if w == 0 || h == 0 {
        return;
    }
    let scale = (LOGO_WIDTH / w as f32).min(LOGO_HEIGHT / h as f32);
    let Some(size) = Size::from_wh(w as f32 * scale, h as f32 * scale) else {
        return;
    };
    let x = WIDTH - MARGIN - size.width();
    let y = MARGIN - 12.0;
    surface.push_transform(&Transform::from_translate(x, y));
    surface.draw_image(image, size);
    surface.pop();
}

/// `text` in lines of at most `width` characters, broken between words.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split(' ') {
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn long_lists_wrap_between_words() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("short", 80), ["short"]);
    }
}
