//! The file store as capabilities use it, on SQLite and PostgreSQL, in a folder and in S3.

mod common;

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Request, StatusCode, header};
use common::make;
use files::{Caching, Disposition, Error, FileId, FileMeta, Kind, MediaType, Size};
use image::ImageDecoder;
use kernel::Clock;
use sea_orm::TransactionTrait;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use tower::ServiceExt;

const PHOTO: Kind = Kind {
    owner: "directory",
    name: "project_photo",
    max_bytes: 8 * 1024 * 1024,
    accepts: files::IMAGES,
    public: true,
};
const ATTACHMENT: Kind = Kind {
    owner: "governance",
    name: "attachment",
    max_bytes: 5 * 1024 * 1024,
    accepts: files::DOCUMENTS,
    public: false,
};
const EVIDENCE: Kind = Kind {
    owner: "impact",
    name: "evidence",
    max_bytes: 5 * 1024 * 1024,
    accepts: files::IMAGES,
    public: false,
};

/// Receives and puts in one transaction, as a capability's handler does.
async fn upload(s: &common::Setup, kind: &Kind, name: &str, bytes: Vec<u8>) -> Result<FileMeta, Error> {
    let received = files::receive(&s.store, kind, name, make::stream(bytes, 64 * 1024)).await?;
    let tx = s.db.begin().await?;
    let meta = files::put(&tx, &received, None, s.clock.now()).await?;
    tx.commit().await?;
    Ok(meta)
}

async fn body_of(response: axum::response::Response) -> Vec<u8> {
    axum::body::to_bytes(response.into_body(), usize::MAX).await.expect("body").to_vec()
}

fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
    let mut h = HeaderMap::new();
    for (name, value) in pairs {
        h.insert(name.clone(), HeaderValue::from_str(value).unwrap());
    }
    h
}

/// The exact name a `filename*=UTF-8''…` parameter carries.
fn extended_filename(disposition: &str) -> String {
    let encoded = disposition.split("filename*=UTF-8''").nth(1).expect("filename*");
    let bytes = encoded.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&encoded[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

#[tokio::test]
async fn the_same_bytes_are_stored_once() {
    for (s, _) in common::setups().await {
        let report = make::pdf("Roadmap 2027");
        let a = upload(&s, &ATTACHMENT, "roadmap.pdf", report.clone()).await.unwrap();
        let b = upload(&s, &ATTACHMENT, "copy of roadmap.pdf", report.clone()).await.unwrap();
        assert_ne!(a.id, b.id, "{}", s.label);
        assert_eq!(a.sha256, b.sha256);
        assert_eq!((a.media_type, a.size), (MediaType::Pdf, report.len() as u64));
        assert_eq!(s.object_hashes().await, vec![a.sha256.clone()], "{}: one object for both", s.label);

        let photo = make::png(300, 200);
        let p1 = upload(&s, &PHOTO, "a.png", photo.clone()).await.unwrap();
        let p2 = upload(&s, &PHOTO, "b.png", photo).await.unwrap();
        assert_eq!(p1.variants, p2.variants);
        let mut distinct: Vec<&str> = p1.variants.iter().map(|v| v.sha256.as_str()).collect();
        distinct.push(&a.sha256);
        distinct.sort();
        distinct.dedup();
        assert_eq!(s.object_hashes().await.len(), distinct.len(), "{}", s.label);
        assert_eq!(s.count("files").await, 4);
        assert_eq!(files::get(&s.db, b.id).await.unwrap().as_ref(), Some(&b));
    }
}

#[tokio::test]
async fn files_that_lie_about_their_type_are_refused() {
    for (s, _) in common::setups().await {
        let html = b"<html><script>alert(1)</script></html>".to_vec();
        assert!(
            matches!(upload(&s, &PHOTO, "photo.jpg", html.clone()).await, Err(Error::NotAllowedType)),
            "{}",
            s.label
        );
        assert!(matches!(upload(&s, &ATTACHMENT, "report.pdf", html).await, Err(Error::NotAllowedType)));
        assert!(matches!(
            upload(&s, &PHOTO, "scan.png", make::pdf("not a photo")).await,
            Err(Error::NotAllowedType)
        ));
        assert!(matches!(
            upload(&s, &PHOTO, "anim.gif", b"GIF89a\x01\x00\x01\x00".to_vec()).await,
            Err(Error::NotAllowedType)
        ));
        let mut fake = b"\x89PNG\r\n\x1a\n".to_vec();
        fake.extend_from_slice(&[0x42; 500]);
        assert!(matches!(upload(&s, &PHOTO, "logo.png", fake).await, Err(Error::NotAnImage(_))));
        assert!(matches!(upload(&s, &ATTACHMENT, "empty.pdf", Vec::new()).await, Err(Error::Empty)));
        assert_eq!(s.count("files").await, 0, "{}: nothing saved", s.label);
    }
}

#[tokio::test]
async fn a_truncated_image_is_refused() {
    for (s, _) in common::setups().await {
        let png = make::png(400, 300);
        let half = png[..png.len() / 2].to_vec();
        let e = upload(&s, &PHOTO, "cut.png", half).await.unwrap_err();
        assert!(matches!(e, Error::NotAnImage(_)), "{}: {e:?}", s.label);
        assert_eq!(e.key(), "files-error-not-image");

        let jpeg = make::photo(400, 300, 5);
        let e = upload(&s, &PHOTO, "cut.jpg", jpeg[..jpeg.len() * 6 / 10].to_vec()).await.unwrap_err();
        assert!(matches!(e, Error::NotAnImage(_)), "{}: {e:?}", s.label);

        let whole = upload(&s, &PHOTO, "whole.png", make::png(300, 200)).await.unwrap();
        let webp = whole.variant(Size::Full, MediaType::Webp).unwrap();
        let bytes =
            body_of(files::serve_variant(&s.store, webp, &HeaderMap::new(), Caching::Public).await).await;
        let e = upload(&s, &PHOTO, "cut.webp", bytes[..bytes.len() / 2].to_vec()).await.unwrap_err();
        assert!(matches!(e, Error::NotAnImage(_)), "{}: {e:?}", s.label);
        assert_eq!(s.count("files").await, 1, "only the whole one");
    }
}

#[tokio::test]
async fn a_decompression_bomb_is_refused_before_decoding() {
    let bomb = make::png_declaring(100_000, 100_000);
    assert!(bomb.len() < 100, "the bomb is {} bytes", bomb.len());
    for (s, _) in common::setups().await {
        let e = upload(&s, &PHOTO, "bomb.png", bomb.clone()).await.unwrap_err();
        assert!(matches!(e, Error::ImageTooLarge { width: 100_000, height: 100_000 }), "{}: {e:?}", s.label);
        assert_eq!(e.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(s.count("files").await, 0);
    }
}

#[tokio::test]
async fn names_are_cleaned_of_paths_controls_and_direction_tricks() {
    let cases = [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("..\\..\\Windows\\system.ini.pdf", "system.ini.pdf"),
        ("minutes\0.pdf", "minutes.pdf"),
        ("minutes\r\nContent-Type: text/html.pdf", "html.pdf"),
        ("invoice\u{202E}fdp.exe", "invoicefdp.pdf"),
        ("\"><img src=x onerror=alert(1)>.pdf", "img src=x onerror=alert(1).pdf"),
        ("รายงานการประชุม.pdf", "รายงานการประชุม.pdf"),
    ];
    for (s, _) in common::setups().await {
        for (n, (raw, clean)) in cases.iter().enumerate() {
            let meta = upload(&s, &ATTACHMENT, raw, make::pdf(&format!("document {n}"))).await.unwrap();
            assert_eq!(meta.name, *clean, "{}: {raw:?}", s.label);
            let response =
                files::serve(&s.store, &meta, &HeaderMap::new(), Disposition::Attachment, Caching::Private)
                    .await;
            let disposition = response.headers()[header::CONTENT_DISPOSITION].to_str().unwrap().to_string();
            assert!(disposition.starts_with("attachment; filename=\""), "{disposition}");
            assert!(!disposition.contains(['\r', '\n', '/', '\\', '<']), "{disposition}");
        }
    }
}

/// A stream that yields `chunks` pieces of 64 KiB and counts how many were taken.
fn endless(
    taken: Arc<AtomicUsize>,
    chunks: usize,
) -> impl futures_util::Stream<Item = Result<bytes::Bytes, std::io::Error>> + Send {
    let mut first = make::pdf("large").to_vec();
    first.resize(64 * 1024, b' ');
    futures_util::stream::iter((0..chunks).map(move |i| {
        taken.fetch_add(1, Ordering::SeqCst);
        Ok(if i == 0 { bytes::Bytes::from(first.clone()) } else { bytes::Bytes::from(vec![b'x'; 64 * 1024]) })
    }))
}

#[tokio::test]
async fn uploads_stop_at_their_limit_and_a_cut_upload_saves_nothing() {
    for (s, _) in common::setups().await {
        let taken = Arc::new(AtomicUsize::new(0));
        let small = Kind { max_bytes: 1024 * 1024, ..ATTACHMENT };
        let e =
            files::receive(&s.store, &small, "big.pdf", endless(taken.clone(), 10_000)).await.unwrap_err();
        assert!(matches!(e, Error::TooLarge { limit: 1_048_576 }), "{}: {e:?}", s.label);
        assert_eq!(e.status(), StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(taken.load(Ordering::SeqCst), 17, "reading stopped at the first chunk over the limit");

        let cut = futures_util::StreamExt::chain(
            make::stream(make::pdf("cut"), 8),
            futures_util::stream::iter([Err(std::io::Error::new(
                std::io::ErrorKind::ConnectionReset,
                "client went away",
            ))]),
        );
        let e = files::receive(&s.store, &ATTACHMENT, "cut.pdf", cut).await.unwrap_err();
        assert!(matches!(e, Error::Truncated(_)), "{e:?}");
        assert_eq!(e.key(), "files-error-truncated");
        assert_eq!(s.count("files").await, 0);
        assert!(s.object_hashes().await.is_empty(), "{}: nothing written", s.label);
    }
}

#[tokio::test]
async fn images_lose_their_location_and_stand_upright() {
    let camera = make::with_gps_exif(&make::photo(400, 300, 7));
    // The test file really carries what must go.
    let mut decoder = image::codecs::jpeg::JpegDecoder::new(std::io::Cursor::new(&camera)).unwrap();
    assert!(
        decoder
            .exif_metadata()
            .unwrap()
            .is_some_and(|exif| exif.windows(make::SECRET.len()).any(|w| w == make::SECRET.as_bytes()))
    );
    assert_eq!(decoder.orientation().unwrap(), image::metadata::Orientation::Rotate90);

    for (s, _) in common::setups().await {
        let meta = upload(&s, &PHOTO, "IMG_0001.JPG", camera.clone()).await.unwrap();
        assert_eq!(meta.name, "IMG_0001.jpg");
        assert_eq!(meta.variants.len(), 6, "{}", s.label);
        let full = meta.fallback(Size::Full).unwrap();
        assert_eq!((full.width, full.height), (300, 400), "turned upright");
        for v in &meta.variants {
            let response = files::serve_variant(&s.store, v, &HeaderMap::new(), Caching::Public).await;
            let bytes = body_of(response).await;
            assert_eq!(bytes.len() as u64, v.bytes);
            for marker in [b"Exif".as_slice(), b"EXIF", make::SECRET.as_bytes(), b"Kampung"] {
                assert!(
                    !bytes.windows(marker.len()).any(|w| w == marker),
                    "{}: {:?} {:?} keeps {marker:?}",
                    s.label,
                    v.size,
                    v.media_type
                );
            }
            let decoded = image::load_from_memory(&bytes).unwrap();
            assert_eq!((decoded.width(), decoded.height()), (v.width, v.height));
            assert!(v.height > v.width, "{:?} is upright", v.size);
        }
    }
}

#[tokio::test]
async fn a_photo_becomes_variants_of_a_few_kilobytes() {
    let photo = make::photo(4000, 3000, 42);
    assert!((2_000_000..5_000_000).contains(&photo.len()), "the photo is {} bytes", photo.len());
    let (s, _) = common::setup(store::Backend::Sqlite, common::Place::Folder).await.unwrap();
    let meta = upload(&s, &PHOTO, "field visit.jpg", photo.clone()).await.unwrap();
    let dims: Vec<(Size, MediaType, u32, u32)> =
        meta.variants.iter().map(|v| (v.size, v.media_type, v.width, v.height)).collect();
    assert_eq!(
        dims,
        vec![
            (Size::Thumb, MediaType::Jpeg, 192, 144),
            (Size::Thumb, MediaType::Webp, 192, 144),
            (Size::Page, MediaType::Jpeg, 800, 600),
            (Size::Page, MediaType::Webp, 800, 600),
            (Size::Full, MediaType::Jpeg, 1600, 1200),
            (Size::Full, MediaType::Webp, 1600, 1200),
        ]
    );
    for v in &meta.variants {
        println!("{:?} {:?} {}×{}: {} bytes", v.size, v.media_type, v.width, v.height, v.bytes);
    }
    let thumb = meta.variant(Size::Thumb, MediaType::Webp).unwrap();
    assert!(thumb.bytes < 20_000, "a card's image is {} bytes", thumb.bytes);
    assert!(meta.fallback(Size::Thumb).unwrap().bytes < 30_000);
    assert!(meta.size < photo.len() as u64 / 2, "the full-size JPEG is {} bytes", meta.size);
    assert_eq!(
        (meta.media_type, meta.sha256.as_str()),
        (MediaType::Jpeg, meta.fallback(Size::Full).unwrap().sha256.as_str())
    );

    let card = meta.picture(Size::Thumb, "96px").unwrap();
    assert_eq!((card.width, card.height), (192, 144));
    assert_eq!(card.srcset, format!("{} 192w", meta.fallback(Size::Thumb).unwrap().url()));
    let page = meta.picture(Size::Page, "(max-width: 800px) 100vw, 800px").unwrap();
    assert_eq!(
        page.webp_srcset,
        format!("{} 192w, {} 800w", thumb.url(), meta.variant(Size::Page, MediaType::Webp).unwrap().url())
    );
    assert_eq!(page.src, meta.fallback(Size::Page).unwrap().url());
    assert!(page.src.starts_with("/files/") && page.src.ends_with("/page.jpg"));
}

#[tokio::test]
async fn small_images_are_never_enlarged_and_transparency_stays() {
    for (s, _) in common::setups().await {
        let meta = upload(&s, &PHOTO, "icon.png", make::png(100, 80)).await.unwrap();
        assert!(meta.variants.iter().all(|v| (v.width, v.height) == (100, 80)), "{}", s.label);
        // The same pixels in the same format are the same bytes: one object for three sizes.
        let webps: Vec<&str> = meta
            .variants
            .iter()
            .filter(|v| v.media_type == MediaType::Webp)
            .map(|v| v.sha256.as_str())
            .collect();
        assert!(webps.windows(2).all(|w| w[0] == w[1]));
        assert_eq!(
            meta.picture(Size::Full, "100px").unwrap().srcset.matches(' ').count(),
            1,
            "one width listed once"
        );

        let logo = upload(&s, &PHOTO, "logo.png", make::transparent_png(400)).await.unwrap();
        assert_eq!(logo.media_type, MediaType::Png, "a transparent logo falls back to PNG, not JPEG");
        let thumb = logo.fallback(Size::Thumb).unwrap();
        let bytes =
            body_of(files::serve_variant(&s.store, thumb, &HeaderMap::new(), Caching::Public).await).await;
        let pixels = image::load_from_memory(&bytes).unwrap().to_rgba8();
        assert_eq!(pixels.get_pixel(0, 0).0[3], 0, "the corner stays see-through");
        assert_eq!(pixels.get_pixel(96, 96).0[3], 255);
    }
}

#[tokio::test]
async fn downloads_have_validators_ranges_and_names_in_any_script() {
    for (s, _) in common::setups().await {
        let mut report = make::pdf("รายงาน");
        report.resize(10_000, b'.');
        let meta = upload(&s, &ATTACHMENT, "รายงานประจำปี.pdf", report.clone()).await.unwrap();
        let serve = |h: HeaderMap| {
            let (store, meta) = (s.store.clone(), meta.clone());
            async move { files::serve(&store, &meta, &h, Disposition::Attachment, Caching::Private).await }
        };

        let whole = serve(HeaderMap::new()).await;
        assert_eq!(whole.status(), StatusCode::OK, "{}", s.label);
        let h = whole.headers().clone();
        assert_eq!(h[header::CONTENT_TYPE], "application/pdf");
        assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(h[header::CACHE_CONTROL], "private, no-store");
        assert_eq!(h[header::CONTENT_LENGTH], "10000");
        assert_eq!(h[header::ETAG].to_str().unwrap(), format!("\"{}\"", meta.sha256));
        let disposition = h[header::CONTENT_DISPOSITION].to_str().unwrap();
        assert!(disposition.starts_with("attachment; filename=\"_____________.pdf\"; "), "{disposition}");
        assert_eq!(extended_filename(disposition), "รายงานประจำปี.pdf");
        assert_eq!(body_of(whole).await, report);

        let etag = h[header::ETAG].to_str().unwrap().to_string();
        let cached = serve(headers(&[(header::IF_NONE_MATCH, &etag)])).await;
        assert_eq!(cached.status(), StatusCode::NOT_MODIFIED);
        assert!(body_of(cached).await.is_empty());
        assert_eq!(serve(headers(&[(header::IF_NONE_MATCH, "\"other\"")])).await.status(), StatusCode::OK);

        let part = serve(headers(&[(header::RANGE, "bytes=100-199")])).await;
        assert_eq!(part.status(), StatusCode::PARTIAL_CONTENT);
        assert_eq!(part.headers()[header::CONTENT_RANGE], "bytes 100-199/10000");
        assert_eq!(part.headers()[header::CONTENT_LENGTH], "100");
        assert_eq!(body_of(part).await, &report[100..200]);

        let tail = serve(headers(&[(header::RANGE, "bytes=-16")])).await;
        assert_eq!(tail.headers()[header::CONTENT_RANGE], "bytes 9984-9999/10000");
        assert_eq!(body_of(tail).await, &report[9984..]);

        let resumed = serve(headers(&[(header::RANGE, "bytes=9000-")])).await;
        assert_eq!(body_of(resumed).await, &report[9000..]);

        let beyond = serve(headers(&[(header::RANGE, "bytes=10000-")])).await;
        assert_eq!(beyond.status(), StatusCode::RANGE_NOT_SATISFIABLE);
        assert_eq!(beyond.headers()[header::CONTENT_RANGE], "bytes */10000");

        let changed =
            serve(headers(&[(header::RANGE, "bytes=0-9"), (header::IF_RANGE, "\"an older version\"")])).await;
        assert_eq!(changed.status(), StatusCode::OK, "a range of another version is not spliced in");
        let same = serve(headers(&[(header::RANGE, "bytes=0-9"), (header::IF_RANGE, &etag)])).await;
        assert_eq!(same.status(), StatusCode::PARTIAL_CONTENT);

        let inline =
            files::serve(&s.store, &meta, &HeaderMap::new(), Disposition::Inline, Caching::Public).await;
        assert!(inline.headers()[header::CONTENT_DISPOSITION].to_str().unwrap().starts_with("inline; "));
        assert_eq!(inline.headers()[header::CACHE_CONTROL], "public, max-age=31536000, immutable");
    }
}

async fn get_url(
    store: &files::FileStore,
    url: &str,
    h: &[(header::HeaderName, &str)],
) -> axum::response::Response {
    let mut request = Request::get(url);
    for (name, value) in h {
        request = request.header(name.clone(), *value);
    }
    files::router::<()>(store.clone()).oneshot(request.body(Body::empty()).unwrap()).await.unwrap()
}

#[tokio::test]
async fn public_images_are_served_by_hash_and_nothing_else_is() {
    for (s, _) in common::setups().await {
        let photo = upload(&s, &PHOTO, "harvest.jpg", make::photo(900, 600, 3)).await.unwrap();
        let thumb = photo.variant(Size::Thumb, MediaType::Webp).unwrap();
        let response = get_url(&s.store, &thumb.url(), &[]).await;
        assert_eq!(response.status(), StatusCode::OK, "{}", s.label);
        assert_eq!(response.headers()[header::CONTENT_TYPE], "image/webp");
        assert_eq!(response.headers()[header::CACHE_CONTROL], "public, max-age=31536000, immutable");
        assert_eq!(response.headers()[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(body_of(response).await.len() as u64, thumb.bytes);
        let etag = format!("\"{}\"", thumb.sha256);
        assert_eq!(
            get_url(&s.store, &thumb.url(), &[(header::IF_NONE_MATCH, &etag)]).await.status(),
            StatusCode::NOT_MODIFIED
        );

        // The hash with another name or type, a made-up hash, and the file's own hash are not
        // variants of a public image.
        let wrong_size = thumb.url().replace("/thumb.", "/full.");
        let wrong_type = thumb.url().replace(".webp", ".jpg");
        for url in [
            wrong_size,
            wrong_type,
            format!("/files/{}/thumb.webp", "0".repeat(64)),
            "/files/x/thumb.webp".into(),
        ] {
            assert_eq!(get_url(&s.store, &url, &[]).await.status(), StatusCode::NOT_FOUND, "{url}");
        }

        let evidence = upload(&s, &EVIDENCE, "receipt.jpg", make::photo(640, 480, 4)).await.unwrap();
        let private = evidence.variant(Size::Thumb, MediaType::Webp).unwrap();
        assert_eq!(
            get_url(&s.store, &private.url(), &[]).await.status(),
            StatusCode::NOT_FOUND,
            "evidence only through its capability"
        );

        let tx = s.db.begin().await.unwrap();
        assert!(files::release(&tx, photo.id, s.clock.now()).await.unwrap());
        tx.commit().await.unwrap();
        assert_eq!(
            get_url(&s.store, &thumb.url(), &[]).await.status(),
            StatusCode::NOT_FOUND,
            "a removed photo is gone at once"
        );
        assert_eq!(files::get(&s.db, photo.id).await.unwrap(), None);
    }
}

#[tokio::test]
async fn a_store_that_is_down_or_refuses_the_key_saves_nothing() {
    for (s, _) in common::s3_setups().await {
        let good = s.settings.s3.clone().unwrap();
        let down = files::S3Settings {
            endpoint: Some(format!("http://127.0.0.1:{}", common::closed_port())),
            ..good.clone()
        };
        let tls_down = files::S3Settings {
            endpoint: Some(format!("https://127.0.0.1:{}", common::closed_port())),
            ..good.clone()
        };
        let wrong_key = files::S3Settings { secret_access_key: "not-the-secret".into(), ..good.clone() };
        let no_bucket = files::S3Settings { bucket: "asec-no-such-bucket".into(), ..good.clone() };
        for (what, settings) in
            [("down", down), ("TLS, down", tls_down), ("wrong key", wrong_key), ("no bucket", no_bucket)]
        {
            let store = common::open_with(&s, settings);
            let e = files::check(&store).await.unwrap_err();
            assert!(matches!(e, Error::StoreUnavailable(_)), "{} {what}: {e:?}", s.label);
            for (kind, bytes) in [(&ATTACHMENT, make::pdf(what)), (&PHOTO, make::png(64, 48))] {
                let e = files::receive(&store, kind, "x", make::stream(bytes, 1024)).await.unwrap_err();
                assert!(matches!(e, Error::StoreUnavailable(_)), "{} {what}: {e:?}", s.label);
                assert_eq!(
                    (e.key(), e.status()),
                    ("files-error-store-unavailable", StatusCode::SERVICE_UNAVAILABLE)
                );
                let source = std::error::Error::source(&e).map(|e| e.to_string()).unwrap_or_default();
                assert!(!source.is_empty(), "the log gets the detail");
            }
        }
        assert_eq!(s.count("files").await, 0);
        assert!(s.object_hashes().await.is_empty());
        files::check(&s.store).await.unwrap();
    }
}

#[tokio::test]
async fn the_folder_store_is_checked_by_writing() {
    let (s, _) = common::setup(store::Backend::Sqlite, common::Place::Folder).await.unwrap();
    files::check(&s.store).await.unwrap();
    let read_only = tempfile::tempdir().unwrap();
    let settings = files::Settings { dir: read_only.path().join("files"), s3: None };
    let store = files::FileStore::open(&settings, s.db.clone(), s.clock.clone()).unwrap();
    std::fs::remove_dir_all(&settings.dir).unwrap();
    std::fs::write(&settings.dir, b"a file where the folder was").unwrap();
    assert!(matches!(files::check(&store).await, Err(Error::StoreUnavailable(_))));
}

#[tokio::test]
async fn bad_settings_are_named() {
    let (s, _) = common::setup(store::Backend::Sqlite, common::Place::Folder).await.unwrap();
    let s3 = |endpoint: &str, key: &str| files::S3Settings {
        endpoint: Some(endpoint.into()),
        bucket: "b".into(),
        region: "us-east-1".into(),
        access_key_id: key.into(),
        secret_access_key: "s".into(),
    };
    let open = |s3| {
        files::FileStore::open(
            &files::Settings { dir: "unused".into(), s3: Some(s3) },
            s.db.clone(),
            s.clock.clone(),
        )
    };
    let e = open(s3("http://minio.example.org:9000", "k")).unwrap_err();
    assert!(e.to_string().contains("files_s3_endpoint"), "{e}");
    let e = open(s3("https://s3.example.org", "")).unwrap_err();
    assert!(e.to_string().contains("files_s3_access_key_id"), "{e}");
    assert!(open(s3("http://localhost:9000", "k")).is_ok());
    let shown = format!("{:?}", s3("https://s3.example.org", "k"));
    assert!(shown.contains("********") && !shown.contains("\"s\""), "{shown}");
}

#[tokio::test]
async fn a_row_cannot_be_added_long_after_the_upload() {
    let (s, _) = common::setup(store::Backend::Sqlite, common::Place::Folder).await.unwrap();
    let received = files::receive(&s.store, &ATTACHMENT, "late.pdf", make::stream(make::pdf("late"), 100))
        .await
        .unwrap();
    s.clock.advance(chrono::Duration::minutes(31));
    let e = files::put(&s.db, &received, None, s.clock.now()).await.unwrap_err();
    assert!(matches!(e, Error::Expired), "{e:?}");
    assert_eq!(s.count("files").await, 0);
}

/// An object written behind the store's back (a copied folder, a restored database).
async fn stray_object(s: &common::Setup, bytes: &'static [u8]) -> String {
    use object_store::ObjectStoreExt;
    let sha = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(bytes))
    };
    let path = object_store::path::Path::from(format!("sha256/{}/{}/{sha}", &sha[..2], &sha[2..4]));
    s.objects().put(&path, bytes::Bytes::from_static(bytes).into()).await.unwrap();
    sha
}

fn hashes_of(meta: &FileMeta) -> Vec<String> {
    let mut out: Vec<String> =
        std::iter::once(meta.sha256.clone()).chain(meta.variants.iter().map(|v| v.sha256.clone())).collect();
    out.sort();
    out.dedup();
    out
}

#[tokio::test]
async fn the_collector_removes_what_nothing_refers_to_and_keeps_the_rest() {
    for (s, _) in common::setups().await {
        let kept = upload(&s, &ATTACHMENT, "kept.pdf", make::pdf("kept")).await.unwrap();
        let kept_photo = upload(&s, &PHOTO, "kept.png", make::png(120, 90)).await.unwrap();
        let released = upload(&s, &ATTACHMENT, "old.pdf", make::pdf("replaced")).await.unwrap();
        let tx = s.db.begin().await.unwrap();
        assert!(files::release(&tx, released.id, s.clock.now()).await.unwrap());
        assert!(!files::release(&tx, released.id, s.clock.now()).await.unwrap(), "released once");
        tx.commit().await.unwrap();

        // An upload whose transaction rolled back: its object has no row.
        let received = files::receive(
            &s.store,
            &ATTACHMENT,
            "rolled back.pdf",
            make::stream(make::pdf("rolled back"), 100),
        )
        .await
        .unwrap();
        let tx = s.db.begin().await.unwrap();
        let orphan = files::put(&tx, &received, None, s.clock.now()).await.unwrap();
        tx.rollback().await.unwrap();
        assert_eq!(files::get(&s.db, orphan.id).await.unwrap(), None);

        let held = files::receive(&s.store, &PHOTO, "draft.png", make::stream(make::png(50, 50), 100))
            .await
            .unwrap();
        let held = files::hold(&s.db, &held, None, s.clock.now()).await.unwrap();
        let attached = files::receive(
            &s.store,
            &ATTACHMENT,
            "attached.pdf",
            make::stream(make::pdf("attached later"), 100),
        )
        .await
        .unwrap();
        let attached = files::hold(&s.db, &attached, None, s.clock.now()).await.unwrap();
        assert!(files::attach(&s.db, attached.id).await.unwrap());
        let stray = stray_object(&s, b"%PDF-1.4 left behind by hand").await;

        let everything = s.object_hashes().await;
        assert_eq!(
            files::collect(&s.store).await.unwrap(),
            files::Collected::default(),
            "{}: all fresh",
            s.label
        );
        assert_eq!(s.object_hashes().await, everything);

        s.clock.advance(chrono::Duration::hours(2));
        let collected = files::collect(&s.store).await.unwrap();
        assert_eq!(collected, files::Collected { files: 1, blobs: 3 }, "{}", s.label);
        let mut expected: Vec<String> =
            [&kept, &kept_photo, &held, &attached].into_iter().flat_map(hashes_of).collect();
        expected.sort();
        expected.dedup();
        assert_eq!(s.object_hashes().await, expected, "{}", s.label);
        assert!(
            !expected.contains(&stray)
                && !expected.contains(&released.sha256)
                && !expected.contains(&orphan.sha256)
        );
        for id in [kept.id, kept_photo.id, held.id, attached.id] {
            assert!(files::get(&s.db, id).await.unwrap().is_some());
        }
        assert_eq!(
            body_of(
                files::serve(&s.store, &kept, &HeaderMap::new(), Disposition::Inline, Caching::Private).await
            )
            .await,
            make::pdf("kept")
        );

        s.clock.advance(chrono::Duration::hours(25));
        let collected = files::collect(&s.store).await.unwrap();
        assert_eq!(collected.files, 1, "the held file never attached");
        assert_eq!(files::get(&s.db, held.id).await.unwrap(), None);
        assert!(files::get(&s.db, attached.id).await.unwrap().is_some());
        let mut expected: Vec<String> =
            [&kept, &kept_photo, &attached].into_iter().flat_map(hashes_of).collect();
        expected.sort();
        expected.dedup();
        assert_eq!(s.object_hashes().await, expected, "{}", s.label);
        assert_eq!(s.count("file_blobs").await as usize, expected.len(), "no lease outlives its object");
    }
}

#[tokio::test]
async fn bytes_uploaded_again_survive_the_release_of_their_first_copy() {
    for (s, _) in common::setups().await {
        let first = upload(&s, &ATTACHMENT, "v1.pdf", make::pdf("same")).await.unwrap();
        files::release(&s.db, first.id, s.clock.now()).await.unwrap();
        s.clock.advance(chrono::Duration::hours(2));
        let again = upload(&s, &ATTACHMENT, "v1 again.pdf", make::pdf("same")).await.unwrap();
        assert_eq!(
            files::collect(&s.store).await.unwrap(),
            files::Collected { files: 1, blobs: 0 },
            "{}",
            s.label
        );
        assert_eq!(
            body_of(
                files::serve(&s.store, &again, &HeaderMap::new(), Disposition::Inline, Caching::Private)
                    .await
            )
            .await,
            make::pdf("same")
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_collectors_at_once_while_the_same_bytes_arrive_again() {
    for (s, url) in common::setups().await {
        let other = s.second_instance(&url).await;
        let mut released = Vec::new();
        for n in 0..24 {
            let meta = upload(&s, &ATTACHMENT, "draft.pdf", make::pdf(&format!("draft {n}"))).await.unwrap();
            files::release(&s.db, meta.id, s.clock.now()).await.unwrap();
            released.push(meta);
        }
        let kept = upload(&s, &PHOTO, "kept.jpg", make::photo(640, 480, 9)).await.unwrap();
        s.clock.advance(chrono::Duration::hours(2));

        // While both collect, draft 5 is uploaded again: its object must survive.
        let again = async {
            let received =
                files::receive(&other, &ATTACHMENT, "draft 5.pdf", make::stream(make::pdf("draft 5"), 16))
                    .await
                    .unwrap();
            files::put(&s.db, &received, None, s.clock.now()).await.unwrap()
        };
        let (a, b, again) = tokio::join!(files::collect(&s.store), files::collect(&other), again);
        let (a, b) = (a.unwrap(), b.unwrap());
        assert_eq!(a.files + b.files, 24, "{}: each row deleted once", s.label);
        // A blob deleted by one may still be in the other's listing; then both count it.
        assert!(a.blobs + b.blobs >= 23, "{}: {a:?} {b:?}", s.label);
        // Whatever the other collector left for its next round goes now.
        files::collect(&s.store).await.unwrap();

        let mut expected = hashes_of(&kept);
        expected.push(again.sha256.clone());
        expected.sort();
        assert_eq!(s.object_hashes().await, expected, "{}", s.label);
        assert_eq!(again.sha256, released[5].sha256);
        let served =
            files::serve(&other, &again, &HeaderMap::new(), Disposition::Attachment, Caching::Private).await;
        assert_eq!(body_of(served).await, make::pdf("draft 5"));
        assert_eq!(s.count("files").await, 2);
        let ids: Vec<FileId> = released.iter().map(|m| m.id).collect();
        assert!(files::get_many(&s.db, &ids).await.unwrap().is_empty());
    }
}
