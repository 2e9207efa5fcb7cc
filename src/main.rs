//! The `partner-matcher` command line, for the international office.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

// The binary is native only; on wasm32 the library is the product.
#[cfg(target_arch = "wasm32")]
fn main() {}
