//! Writes a SYNTHETIC data directory for benchmarks: `cargo run --release --example
//! gen_synthetic -- SCALE OUT_DIR`. Never point it at `data/`.

#[path = "../benches/synthetic.rs"]
mod synthetic;

use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(scale), Some(out)) = (args.get(1).and_then(|s| s.parse().ok()), args.get(2)) else {
        eprintln!("usage: gen_synthetic SCALE OUT_DIR");
        std::process::exit(2);
    };
    let out = PathBuf::from(out);
    if out.ends_with("data") {
        eprintln!("refusing to write synthetic rows into a directory named data/");
        std::process::exit(2);
    }
    let real = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data");
    match synthetic::generate(&real, &out, scale) {
        Ok(rows) => println!(
            "wrote {rows} SYNTHETIC rows ({scale}x) to {}",
            out.display()
        ),
        Err(e) => {
            eprintln!("gen_synthetic: {e}");
            std::process::exit(1);
        }
    }
}
