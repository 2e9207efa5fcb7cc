//! `partner-matcher preview FILE`: serves the built widget (`www/`) on 127.0.0.1, with FILE
//! as its catalogue, under the strict Content-Security-Policy the widget promises to work with.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use axum::handler::HandlerWithoutStateExt;
use axum::http::Uri;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use partner_matcher::catalogue::{load_bytes, BadRecords};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

use super::check::more_warnings;
use super::clarify::{clarify, refused};
use super::{files, read_catalogue, say, values, Outcome};

/// The policy of design.md: no inline scripts or styles, wasm allowed.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

#[derive(clap::Args)]
pub struct Args {
    /// The catalogue to show; it is re-read on every page load, so edits show on reload, and
    /// what is wrong with an edit is said here.
    file: PathBuf,
    /// The folder of the built widget and demo pages, which `make build` writes (default:
    /// www, in the folder preview is run in).
    #[arg(long, value_name = "FOLDER")]
    www: Option<PathBuf>,
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, env = "PORT", default_value_t = 8080, value_parser = values::port)]
    port: u16,
}

pub fn run(args: &Args) -> Outcome {
    // Say what is wrong with the catalogue now; the widget will show it too.
    let bytes = read_catalogue(&args.file)?;
    match load_bytes(&bytes, BadRecords::Refuse) {
        Ok(checked) => {
            let more = more_warnings(&checked.catalogue, &bytes, today());
            for w in checked.warnings.iter().chain(&more) {
                eprintln!("warning: {w}");
            }
        }
        Err(rejected) => eprintln!("warning: {}", refused(&args.file, &bytes, rejected)),
    }
    let www = args.www.clone().unwrap_or_else(|| PathBuf::from("www"));
    if args.www.is_none() && !www.is_dir() {
        // Run where the office keeps its catalogue, not in the project's folder.
        let project = Path::new(env!("CARGO_MANIFEST_DIR")).join("www");
        let example = if project.is_dir() {
            format!(", such as --www {}", project.display())
        } else {
            String::new()
        };
        return Err(format!(
            "there is no folder www in {}: preview shows the widget that `make build` writes \
             into the project's www folder: run preview in the project's folder, or give that \
             folder with --www{example}",
            files::folder_of(&www)
        ));
    }
    if !www.is_dir() {
        return Err(format!(
            "there is no folder {}: give the folder of the built widget with --www",
            www.display()
        ));
    }
    if !www.join("partner-matcher.js").is_file() {
        return Err(format!(
            "{} has no partner-matcher.js: give the folder of the built widget with --www, or \
             build it first (make build)",
            www.display()
        ));
    }
    let catalogue = args.file.clone();
    // The file as last read: an edit is checked when the page is reloaded.
    let last_read = Arc::new(Mutex::new(bytes));
    let app = Router::new()
        .route(
            "/catalogue.json",
            get(move || {
                let catalogue = catalogue.clone();
                let last_read = Arc::clone(&last_read);
                async move {
                    match tokio::fs::read(&catalogue).await {
                        Ok(bytes) => {
                            if let Ok(mut last) = last_read.lock() {
                                if *last != bytes {
                                    say_problems_of_edit(&catalogue, &bytes);
                                    last.clone_from(&bytes);
                                }
                            }
                            ([(header::CONTENT_TYPE, "application/json")], bytes).into_response()
                        }
                        Err(e) => {
                            // Said where the office started the preview, too, not only to
                            // the browser.
                            let said = files::cannot_read(&catalogue, &e);
                            eprintln!("error: {said}");
                            (StatusCode::INTERNAL_SERVER_ERROR, said).into_response()
                        }
                    }
                }
            }),
        )
        // `make build` writes the widget's files compressed beside them (as `make dist` does);
        // they go out as they are to a browser that accepts them.
        .fallback_service(
            ServeDir::new(&www)
                .precompressed_br()
                .precompressed_gzip()
                .not_found_service(not_found(www.clone()).into_service()),
        )
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache"),
        ));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the server: {e}"))?;
    runtime.block_on(async {
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, args.port));
        let listener = tokio::net::TcpListener::bind(address)
            .await
            .map_err(|e| files::cannot_listen(address, &e))?;
        let bound = listener.local_addr().map_err(|e| e.to_string())?;
        say(&format!(
            "partner-matcher preview: http://{bound}/ (Ctrl-C stops)"
        ))?;
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(|e| format!("server failed: {e}"))
    })?;
    Ok(ExitCode::SUCCESS)
}

/// An edit of the catalogue, read on a reload: each of its problems, named by the file, as
/// `check` says them, where the office started the preview (the widget leaves a record with
/// errors out without a word on the page); or that it has none.
fn say_problems_of_edit(path: &Path, bytes: &[u8]) {
    let mut problems = match load_bytes(bytes, BadRecords::Refuse) {
        Ok(checked) => {
            let mut warnings = checked.warnings;
            warnings.extend(more_warnings(&checked.catalogue, bytes, today()));
            warnings
        }
        Err(rejected) => rejected.problems,
    };
    clarify(bytes, &mut problems);
    for problem in &problems {
        let label = if problem.is_error() {
            "error"
        } else {
            "warning"
        };
        eprintln!("{label}: {}: {problem}", path.display());
    }
    if problems.is_empty() {
        eprintln!("{}: read again: no problems", path.display());
    }
}

/// Today, as `check` takes it without `--today`.
fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// A page that is not there (a typo in the address): said, with the pages there are, not an
/// empty page. (`ServeDir` makes the answer's status 404.)
fn not_found(
    www: PathBuf,
) -> impl Fn(Uri) -> std::future::Ready<axum::response::Response> + Clone + Send + Sync + 'static {
    move |uri: Uri| {
        let mut pages: Vec<String> = std::fs::read_dir(&www)
            .into_iter()
            .flatten()
            .flatten()
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".html"))
            .map(|name| format!("/{name}"))
            .collect();
        partner_matcher::order::sort(&mut pages);
        let text = format!(
            "There is no {} in this preview. Its pages: {}\n",
            uri.path(),
            pages.join(", ")
        );
        let response = ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text);
        std::future::ready(response.into_response())
    }
}
