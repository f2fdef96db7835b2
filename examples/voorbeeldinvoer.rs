//! Writes the sample inputs (`inputs/`): `cargo run --example voorbeeldinvoer [MAP]`.

fn main() -> anyhow::Result<()> {
    let target = std::env::args().nth(1).unwrap_or_else(|| "inputs".to_owned());
    let written = algoreg_fixtures::sample::write_inputs(std::path::Path::new(&target))?;
    println!("{} bestanden geschreven in {target}/", written.len());
    Ok(())
}
