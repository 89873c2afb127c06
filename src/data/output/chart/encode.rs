//! The chart's last step: a drawn chart encoded as an SVG document or PNG bytes. It builds on
//! the model and the drawing, and neither of them knows it.

use std::sync::Once;

use plotters::prelude::*;

use super::draw::draw;
use super::model::{ChartError, ChartImage};

static FONT: Once = Once::new();

/// Registers the embedded DejaVu Sans as "sans-serif" for bitmap text (once per process).
fn register_font() {
    FONT.call_once(|| {
        let bytes: &'static [u8] = include_bytes!("../../../../assets/fonts/DejaVuSans.ttf");
        // A font that fails to load only costs the PNG its text; the SVG names the family.
        let _ = plotters::style::register_font("sans-serif", FontStyle::Normal, bytes);
    });
}

impl ChartImage<'_> {
    /// The chart as an SVG document.
    pub fn svg(&self) -> Result<String, ChartError> {
        let mut out = String::new();
        {
            let root = SVGBackend::with_string(&mut out, self.size).into_drawing_area();
            draw(&root, self).map_err(|e| ChartError::Draw(e.to_string()))?;
            root.present()
                .map_err(|e| ChartError::Draw(e.to_string()))?;
        }
        Ok(out)
    }

    /// The chart as PNG bytes.
    pub fn png(&self) -> Result<Vec<u8>, ChartError> {
        register_font();
        let (w, h) = self.size;
        let mut pixels = vec![255u8; w as usize * h as usize * 3];
        {
            let root = BitMapBackend::with_buffer(&mut pixels, self.size).into_drawing_area();
            draw(&root, self).map_err(|e| ChartError::Draw(e.to_string()))?;
            root.present()
                .map_err(|e| ChartError::Draw(e.to_string()))?;
        }
        encode_png(&pixels, self.size).map_err(|e| ChartError::Draw(e.to_string()))
    }
}

fn encode_png(rgb: &[u8], (w, h): (u32, u32)) -> Result<Vec<u8>, png::EncodingError> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, w, h);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header()?;
        writer.write_image_data(rgb)?;
    }
    Ok(out)
}
