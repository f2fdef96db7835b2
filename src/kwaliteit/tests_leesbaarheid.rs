//! Unit tests of the readability indication against values computed by
//! hand, and of the standard's small rules (placeholders, months, contacts).

use super::leesbaarheid::{flesch_douma, leesbaarheid, lettergrepen_van, platte_tekst};
use super::standaard;

fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

#[test]
fn readability_of_dutch_sentences_matches_the_hand_count() {
    // "De kat zit op de mat.": 6 words of 1 syllable, 1 sentence.
    // 206,835 - 0,93 x 6 - 77 x 6/6 = 206,835 - 5,58 - 77 = 124,255.
    let l = leesbaarheid("De kat zit op de mat.").unwrap();
    assert_eq!((l.woorden, l.zinnen, l.lettergrepen), (6, 1, 6));
    close(flesch_douma(6, 1, 6), 124.255);
    assert_eq!(l.zinslengte, 6.0);

    // "Het algoritme berekent de waarde van uw woning.": Het 1, al-go-rit-me 4,
    // be-re-kent 3, de 1, waar-de 2, van 1, uw 1, wo-ning 2 = 15 syllables, 8 words.
    // 206,835 - 0,93 x 8 - 77 x 15/8 = 206,835 - 7,44 - 144,375 = 55,02.
    let l = leesbaarheid("Het algoritme berekent de waarde van uw woning.").unwrap();
    assert_eq!((l.woorden, l.zinnen, l.lettergrepen), (8, 1, 15));
    close(flesch_douma(8, 1, 15), 55.02);
    assert_eq!(l.flesch_douma, 55.0);

    // Tremas start a syllable: Het 1, i-dee 2, is 1, ge-ïn-spi-reerd 4, op 1,
    // Bel-gi-ë 3 = 12 syllables, 6 words: 206,835 - 5,58 - 77 x 2 = 47,255.
    let l = leesbaarheid("Het idee is geïnspireerd op België.").unwrap();
    assert_eq!((l.woorden, l.zinnen, l.lettergrepen), (6, 1, 12));
    close(flesch_douma(6, 1, 12), 47.255);

    // HTML: the list items are sentences of their own, `&amp;` is no word,
    // `o.a.` ends no sentence. Words: Wij 1, ge-brui-ken 3, o.a 2, uw 1,
    // a-dres 2, Snel 1, Eer-lijk 2, vei-lig 2 = 14 syllables, 8 words, 3 sentences.
    // 206,835 - 0,93 x 8/3 - 77 x 14/8 = 206,835 - 2,48 - 134,75 = 69,605.
    let html = "<p>Wij gebruiken o.a. uw adres.</p><ul><li>Snel</li><li>Eerlijk &amp; veilig</li></ul>";
    assert_eq!(
        platte_tekst(html),
        "\nWij gebruiken o.a. uw adres.\n\n\nSnel\n\nEerlijk & veilig\n\n"
    );
    let l = leesbaarheid(html).unwrap();
    assert_eq!((l.woorden, l.zinnen, l.lettergrepen), (8, 3, 14));
    close(flesch_douma(8, 3, 14), 69.605);
    assert_eq!(l.zinslengte, 2.7);
}

#[test]
fn syllables_follow_the_documented_rules() {
    for (w, n) in [
        ("tijd", 1),
        ("eeuw", 1),
        ("uitvoering", 3),
        ("beëindigen", 4),
        ("Overheidsfinanciën", 7),
        ("café", 2),
        ("museum", 2), // mu-se-um has 3: a known undercount, documented
        ("x", 1),
    ] {
        assert_eq!(lettergrepen_van(w), n, "{w}");
    }
}

#[test]
fn moeilijk_needs_enough_words_and_a_low_score_or_long_sentences() {
    // 10 short words in one sentence of 10: easy.
    assert!(
        !leesbaarheid("Wij kijken of de auto op de juiste plek staat.")
            .unwrap()
            .moeilijk
    );
    // Long words: 10 words, 1 sentence; score far below 45.
    let hard = "Geautomatiseerde risicoclassificatie ondersteunt beleidsmedewerkers bij \
                handhavingsprioritering van gemeentelijke vergunningsaanvragen en bestemmingsplanwijzigingen.";
    let l = leesbaarheid(hard).unwrap();
    assert!(l.woorden >= 10 && l.flesch_douma < 45.0 && l.moeilijk, "{l:?}");
    // Short words, but 22 words in one sentence: too long on average.
    let long = "wij kijken of de auto op de plek staat en of de man of de vrouw die hem daar zet wel mag";
    let l = leesbaarheid(long).unwrap();
    assert!(l.zinslengte > 20.0 && l.moeilijk, "{l:?}");
    // Too few words to judge.
    assert!(!leesbaarheid("Risicoclassificatie.").unwrap().moeilijk);
    assert!(leesbaarheid("<p> - </p>").is_none());
}

#[test]
fn placeholders_count_as_empty() {
    for w in ["-", "  n.v.t. ", "N.V.T", "nvt", "Onbekend", "...", "n/a", "?", "geen"] {
        assert!(standaard::leeg(w), "{w}");
    }
    for w in ["Nee", "algoritmen@amsterdam.nl", "Geen idee hoe dit werkt."] {
        assert!(!standaard::leeg(w), "{w}");
    }
}

#[test]
fn values_and_versions_follow_the_standard() {
    assert!(standaard::is_maand("2023-01") && !standaard::is_maand("2023-13") && !standaard::is_maand("2023-01-05"));
    assert!(standaard::is_contact("a@b.nl") && standaard::is_contact("https://x.nl/contact"));
    assert!(!standaard::is_contact("http://x.nl") && !standaard::is_contact("bel 070-1234567"));
    assert_eq!(standaard::versie("1.0.0"), Some((1, 0)));
    assert_eq!(standaard::versie("0.4"), Some((0, 4)));
    assert_eq!(standaard::versie("nieuw"), None);
}
