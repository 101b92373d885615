//! Our own extractors, so every rejection is rendered the same way.
//! `clippy.toml` forbids axum's `Form` and `Json` in handlers.

use crate::error::AppError;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

/// A URL-encoded form. A malformed body is a 400 page, not a plain-text
/// framework message. Form DTOs use `#[serde(default)]` so that a missing
/// field becomes a validation message next to the field instead.
pub struct Form<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Form<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        #[allow(clippy::disallowed_types)]
        match axum::Form::<T>::from_request(req, state).await {
            Ok(axum::Form(v)) => Ok(Form(v)),
            Err(_) => Err(AppError::BadRequest),
        }
    }
}

/// A JSON body for the API. Rejections become problem documents.
pub struct Json<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Json<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        #[allow(clippy::disallowed_types)]
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(Json(v)),
            Err(_) => Err(AppError::BadRequest),
        }
    }
}

/// Query parameters; a bad query string is a 400 page.
pub struct Query<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for Query<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        #[allow(clippy::disallowed_types)]
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(v)) => Ok(Query(v)),
            Err(_) => Err(AppError::BadRequest),
        }
    }
}

/// Path parameters; a malformed id is a 404, as if nothing were there.
pub struct Path<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for Path<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        #[allow(clippy::disallowed_types)]
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(v)) => Ok(Path(v)),
            Err(_) => Err(AppError::NotFound),
        }
    }
}

/// A file sent with a form.
#[derive(Debug, Clone)]
pub struct Upload {
    pub bytes: Vec<u8>,
    pub filename: String,
}

/// A form that may carry one file (field `image`, or `file` for other
/// files such as a CSV import): multipart from a
/// browser, or URL-encoded without a file. The text fields deserialise
/// like [`Form`]; an empty file field counts as no file.
pub struct FormWithUpload<T>(pub T, pub Option<Upload>);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for FormWithUpload<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let multipart = req
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("multipart/form-data"));
        if !multipart {
            let Form(v) = Form::<T>::from_request(req, state).await?;
            return Ok(FormWithUpload(v, None));
        }
        let mut mp = axum::extract::Multipart::from_request(req, state).await.map_err(|_| AppError::BadRequest)?;
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut upload = None;
        while let Some(field) = mp.next_field().await.map_err(|_| AppError::BadRequest)? {
            let name = field.name().unwrap_or_default().to_string();
            if name == "image" || name == "file" {
                let filename = field.file_name().unwrap_or_default().to_string();
                let bytes = field.bytes().await.map_err(|_| AppError::BadRequest)?;
                if !bytes.is_empty() {
                    upload = Some(Upload { bytes: bytes.to_vec(), filename });
                }
            } else {
                let text = field.text().await.map_err(|_| AppError::BadRequest)?;
                pairs.push((name, text));
            }
        }
        let encoded = serde_urlencoded::to_string(&pairs).map_err(|_| AppError::BadRequest)?;
        let v = serde_urlencoded::from_str::<T>(&encoded).map_err(|_| AppError::BadRequest)?;
        Ok(FormWithUpload(v, upload))
    }
}
