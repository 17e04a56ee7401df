//! Figures for the file store: upload-to-variants time for a 3 MB photo, the variants' sizes,
//! and memory while a 100 MB file streams in and out (peak RSS from /proc/self/status).
//!
//! `cargo run --release -p files --example figures [-- PHOTO.jpg …]` (S3 figures too when moto
//! can start; the variants of real photos too when their paths are given).

#[path = "../tests/common/mod.rs"]
mod common;

use bytes::Bytes;
use common::{Place, make};
use files::{Caching, Disposition, Kind, MediaType};
use futures_util::StreamExt;
use kernel::Clock;
use sea_orm::TransactionTrait;
use std::time::Instant;

const PHOTO: Kind = Kind {
    owner: "directory",
    name: "project_photo",
    max_bytes: 8 * 1024 * 1024,
    accepts: files::IMAGES,
    public: true,
};
const LARGE: Kind = Kind {
    owner: "academy",
    name: "bundle",
    max_bytes: 200 * 1024 * 1024,
    accepts: files::DOCUMENTS,
    public: false,
};
const LARGE_BYTES: usize = 100 * 1024 * 1024;
const CHUNK: usize = 64 * 1024;

fn status_kb(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        .expect("field in /proc/self/status")
}

/// Starts a new peak: writing 5 to clear_refs resets VmHWM to the current RSS.
fn reset_peak() {
    std::fs::write("/proc/self/clear_refs", "5").expect("reset the peak RSS");
}

fn mb(kb: u64) -> String {
    format!("{:.1} MB", kb as f64 / 1024.0)
}

/// 100 MB of a PDF-looking file, made chunk by chunk, never all at once.
fn large_upload() -> impl futures_util::Stream<Item = Result<Bytes, std::io::Error>> + Send {
    futures_util::stream::iter(0..LARGE_BYTES / CHUNK).map(|i| {
        let mut chunk = vec![(i % 251) as u8; CHUNK];
        if i == 0 {
            chunk[..8].copy_from_slice(b"%PDF-1.7");
        }
        chunk[8..16].copy_from_slice(&(i as u64).to_le_bytes());
        Ok(Bytes::from(chunk))
    })
}

async fn memory(place: Place) {
    let Some((s, _)) = common::setup(store::Backend::Sqlite, place).await else { return };
    // Warm up the paths once (connection pool, TLS-free HTTP client, buffers).
    let small =
        files::receive(&s.store, &LARGE, "warm-up.pdf", make::stream(make::pdf("warm"), 1024)).await.unwrap();
    files::put(&s.db, &small, None, s.clock.now()).await.unwrap();

    let baseline = status_kb("VmRSS:");
    reset_peak();
    let started = Instant::now();
    let received = files::receive(&s.store, &LARGE, "course bundle.pdf", large_upload()).await.unwrap();
    let tx = s.db.begin().await.unwrap();
    let meta = files::put(&tx, &received, None, s.clock.now()).await.unwrap();
    tx.commit().await.unwrap();
    let upload_time = started.elapsed();
    let upload_peak = status_kb("VmHWM:");

    reset_peak();
    let started = Instant::now();
    let response =
        files::serve(&s.store, &meta, &Default::default(), Disposition::Attachment, Caching::Private).await;
    let mut body = response.into_body().into_data_stream();
    let mut served = 0usize;
    while let Some(chunk) = body.next().await {
        served += chunk.unwrap().len();
    }
    let download_time = started.elapsed();
    let download_peak = status_kb("VmHWM:");
    assert_eq!(served, LARGE_BYTES);
    println!(
        "{place:?}: 100 MB in {:.2} s, peak RSS {} ({} above the {} before); out in {:.2} s, peak RSS {} ({} above)",
        upload_time.as_secs_f64(),
        mb(upload_peak),
        mb(upload_peak.saturating_sub(baseline)),
        mb(baseline),
        download_time.as_secs_f64(),
        mb(download_peak),
        mb(download_peak.saturating_sub(baseline)),
    );
}

fn print_variants(meta: &files::FileMeta) {
    for v in &meta.variants {
        println!(
            "  {:<5} {:<4} {:>4}×{:<4} {:>8} bytes",
            v.size.as_str(),
            v.media_type.extension(),
            v.width,
            v.height,
            v.bytes
        );
    }
}

async fn real_photo(path: &str) {
    let (s, _) = common::setup(store::Backend::Sqlite, Place::Folder).await.unwrap();
    let bytes = std::fs::read(path).expect("read the photo");
    let size = bytes.len();
    let started = Instant::now();
    let received = files::receive(&s.store, &PHOTO, path, make::stream(bytes, CHUNK)).await.unwrap();
    let meta = files::put(&s.db, &received, None, s.clock.now()).await.unwrap();
    let full = meta.fallback(files::Size::Full).unwrap();
    println!(
        "{path} ({size} bytes): variants in {:.2} s, full size {}×{}",
        started.elapsed().as_secs_f64(),
        full.width,
        full.height
    );
    print_variants(&meta);
}

async fn photo() {
    let (s, _) = common::setup(store::Backend::Sqlite, Place::Folder).await.unwrap();
    let started = Instant::now();
    let photo = make::photo(4000, 3000, 42);
    println!(
        "made a 4000×3000 photo-like JPEG of {} bytes in {:.2} s",
        photo.len(),
        started.elapsed().as_secs_f64()
    );
    // Warm up the codecs on another image.
    let warm = files::receive(&s.store, &PHOTO, "warm.jpg", make::stream(make::photo(800, 600, 1), CHUNK))
        .await
        .unwrap();
    files::put(&s.db, &warm, None, s.clock.now()).await.unwrap();

    let baseline = status_kb("VmRSS:");
    reset_peak();
    let mut times = Vec::new();
    let mut meta = None;
    for round in 0..3 {
        // A new seed each round, so no variant is already stored.
        let bytes = if round == 0 { photo.clone() } else { make::photo(4000, 3000, 42 + round) };
        let started = Instant::now();
        let received =
            files::receive(&s.store, &PHOTO, "field visit.jpg", make::stream(bytes, CHUNK)).await.unwrap();
        let tx = s.db.begin().await.unwrap();
        let stored = files::put(&tx, &received, None, s.clock.now()).await.unwrap();
        tx.commit().await.unwrap();
        times.push(started.elapsed().as_secs_f64());
        meta.get_or_insert(stored);
    }
    let peak = status_kb("VmHWM:");
    let meta = meta.unwrap();
    println!(
        "upload to variants of a {:.1} MB photo: {} s (three photos; {} cores); peak RSS {} ({} above the {} before)",
        photo.len() as f64 / 1e6,
        times.iter().map(|t| format!("{t:.2}")).collect::<Vec<_>>().join(", "),
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        mb(peak),
        mb(peak.saturating_sub(baseline)),
        mb(baseline),
    );
    print_variants(&meta);
    let webp: u64 = meta.variants.iter().filter(|v| v.media_type == MediaType::Webp).map(|v| v.bytes).sum();
    println!(
        "  a card shows {} bytes (thumb.webp) instead of {} bytes; all variants in WebP: {webp} bytes",
        meta.variant(files::Size::Thumb, MediaType::Webp).unwrap().bytes,
        photo.len()
    );
}

#[tokio::main]
async fn main() {
    // Memory first, before decoding photos grows the heap that later buffers could hide in.
    memory(Place::Folder).await;
    memory(Place::S3).await;
    photo().await;
    for path in std::env::args().skip(1) {
        real_photo(&path).await;
    }
}
