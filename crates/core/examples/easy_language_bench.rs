//! Times the easy-language checker on a 2,000-word text.
//!
//! `cargo run --release -p quartier-core --example easy_language_bench`

use quartier_core::easy_language::check;
use std::hint::black_box;
use std::time::Instant;

const RUNS: u32 = 200;

const PARAGRAPHS: &[&str] = &[
    "# Sommerfest im Quartier\n\nAm Samstag, den 14. Juni, feiern wir unser Sommerfest im Garten des \
     Gemeindezentrums. Es gibt z.B. Kaffee & Kuchen, Musik und Spiele für Kinder. Wir würden uns freuen, \
     wenn viele Nachbarinnen und Nachbarn kommen.",
    "Die Nachbarschaftshilfe trifft sich jeden Montag um drei Uhr. Wer Hilfe beim Einkaufen braucht, kann \
     sich bei der Bürgersprechstunde melden. Der Antrag wird vom Amt geprüft und die Kosten werden \
     übernommen.",
    "Wegen des Regens ist das Event im Park abgesagt worden. Bitte gebt uns Feedback zum neuen Newsletter \
     (siehe unten). Das Treffen findet nicht statt, wenn weniger als 5 % der Mitglieder zusagen.",
    "- Bitte bringen Sie einen Teller mit.\n- Die AWO hilft beim Aufbau.\n- Anmeldung bis Freitag unter \
     https://example.org/anmeldung oder per E-Mail an info@example.org.",
    "Aufgrund der Tatsache, dass die Antragstellung innerhalb der vorgeschriebenen Frist hätte erfolgen \
     müssen, wurde der Antrag des Bürgers von der zuständigen Verwaltungsbehörde abgelehnt. Am Montag ist ein \
     Treffen. Es gibt Kaffee. Alle sind willkommen.",
];

fn text_of(words: usize) -> String {
    let mut text = String::new();
    let mut i = 0;
    while check(&text).summary.words < words {
        text.push_str(PARAGRAPHS[i % PARAGRAPHS.len()]);
        text.push_str("\n\n");
        i += 1;
    }
    text
}

fn main() {
    let text = text_of(2_000);
    let report = check(&text);
    println!(
        "text: {} bytes, {} words, {} sentences, {} hints; Flesch-Amstad {}, WSTF {}",
        text.len(),
        report.summary.words,
        report.summary.sentences,
        report.summary.hints,
        report.flesch_amstad,
        report.wiener_sachtextformel
    );
    for _ in 0..10 {
        black_box(check(black_box(&text)));
    }
    let started = Instant::now();
    for _ in 0..RUNS {
        black_box(check(black_box(&text)));
    }
    let mean = started.elapsed().as_secs_f64() * 1000.0 / f64::from(RUNS);
    println!("check(): mean {mean:.3} ms over {RUNS} runs");
}
