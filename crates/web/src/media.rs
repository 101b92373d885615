//! Uploaded images: checked by their content (not their name or declared
//! type), size-limited, decoded within memory limits, scaled down and
//! re-encoded. Re-encoding writes only pixels, so location data and other
//! metadata of the original file are gone.

use image::{DynamicImage, ImageFormat, ImageReader, Limits};
use quartier_core::validation::FieldError;
use std::io::Cursor;

/// Largest upload accepted, in bytes.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// Request bodies of upload routes may be this large, so that a file just
/// over the limit still gets a message next to the field.
pub const MAX_BODY: usize = 40 * 1024 * 1024;
/// Longest side after scaling.
pub const MAX_SIDE: u32 = 1600;

/// A re-encoded image, ready to store.
#[derive(Debug, Clone)]
pub struct Processed {
    pub bytes: Vec<u8>,
    pub content_type: &'static str,
    pub width: u32,
    pub height: u32,
}

/// Check and re-encode an upload. Errors name the `image` field.
pub fn process(raw: &[u8]) -> Result<Processed, FieldError> {
    if raw.len() > MAX_BYTES {
        return Err(FieldError::new("image", "err-image-too-large"));
    }
    let not_image = || FieldError::new("image", "err-image-type");
    let mut reader = ImageReader::new(Cursor::new(raw)).with_guessed_format().map_err(|_| not_image())?;
    let format = reader.format().ok_or_else(not_image)?;
    if !matches!(format, ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::Gif | ImageFormat::WebP) {
        return Err(not_image());
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(12_000);
    limits.max_image_height = Some(12_000);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let img = reader.decode().map_err(|_| FieldError::new("image", "err-image-broken"))?;
    let img = if img.width() > MAX_SIDE || img.height() > MAX_SIDE {
        img.resize(MAX_SIDE, MAX_SIDE, image::imageops::FilterType::Triangle)
    } else {
        img
    };
    let (width, height) = (img.width(), img.height());
    let mut out = Vec::new();
    // Pictures with transparency stay PNG; everything else becomes JPEG.
    let content_type = if img.color().has_alpha() && format != ImageFormat::Jpeg {
        DynamicImage::ImageRgba8(img.to_rgba8())
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .map_err(|_| FieldError::new("image", "err-image-broken"))?;
        "image/png"
    } else {
        let rgb = DynamicImage::ImageRgb8(img.to_rgb8());
        let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85);
        rgb.write_with_encoder(enc).map_err(|_| FieldError::new("image", "err-image-broken"))?;
        "image/jpeg"
    };
    Ok(Processed { bytes: out, content_type, width, height })
}

/// Alternative text: required with an image, short.
pub fn parse_alt(raw: &str) -> Result<String, FieldError> {
    quartier_core::validation::text("image_alt", raw, 3, 300, "err-image-alt", "err-short-long")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, y| image::Rgb([(x % 255) as u8, (y % 255) as u8, 90]));
        let mut out = Vec::new();
        DynamicImage::ImageRgb8(img).write_to(&mut Cursor::new(&mut out), ImageFormat::Png).unwrap();
        out
    }

    #[test]
    fn a_picture_is_scaled_and_re_encoded() {
        let p = process(&png(2400, 1200)).unwrap();
        assert_eq!((p.width, p.height), (1600, 800));
        assert_eq!(p.content_type, "image/jpeg");
        assert_eq!(&p.bytes[..2], &[0xFF, 0xD8]);
    }

    #[test]
    fn html_with_an_image_name_is_refused() {
        let e = process(b"<!doctype html><script>alert(1)</script>").unwrap_err();
        assert_eq!(e.key, "err-image-type");
        let mut fake = b"\x89PNG\r\n\x1a\n".to_vec();
        fake.extend_from_slice(b"<html>nope</html>");
        assert_eq!(process(&fake).unwrap_err().key, "err-image-broken");
    }

    #[test]
    fn too_large_is_refused_before_decoding() {
        assert_eq!(process(&vec![0u8; MAX_BYTES + 1]).unwrap_err().key, "err-image-too-large");
    }

    #[test]
    fn alt_text_is_required() {
        assert!(parse_alt("").is_err());
        assert!(parse_alt("Kinder beim Straßenfest").is_ok());
    }
}
