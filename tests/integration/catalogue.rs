use thidua::Bilingual as _;
use thidua::{Award, ErrorKind};
use unicode_normalization::UnicodeNormalization;

/// Every catalogue name parses back in NFC, NFD, without diacritics, upper
/// and lower case, and by its abbreviation.
#[test]
fn every_name_parses_in_every_spelling() {
    for &award in Award::ALL {
        let name = award.name_vi();
        assert!(unicode_normalization::is_nfc(name), "{name} is not NFC");
        let nfd: String = name.nfd().collect();
        let bare: String = name
            .nfd()
            .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
            .map(|c| {
                if c == 'đ' {
                    'd'
                } else if c == 'Đ' {
                    'D'
                } else {
                    c
                }
            })
            .collect();
        for spelling in [
            name.to_string(),
            nfd,
            bare.clone(),
            name.to_uppercase(),
            bare.to_lowercase(),
        ] {
            assert_eq!(spelling.parse::<Award>().unwrap(), award, "{spelling}");
        }
        if let Some(abbr) = award.abbreviation() {
            assert_eq!(abbr.parse::<Award>().unwrap(), award, "{abbr}");
        }
        assert_eq!(award.id().parse::<Award>().unwrap(), award);
        assert_eq!(award.name_en().parse::<Award>().unwrap(), award);
    }
}

#[test]
fn abbreviations_of_the_common_titles() {
    let cases = [
        ("LĐTT", Award::AdvancedWorker),
        ("LDTT", Award::AdvancedWorker),
        ("CSTĐCS", Award::GrassrootsEmulationFighter),
        ("cstdcs", Award::GrassrootsEmulationFighter),
        ("TTLĐTT", Award::AdvancedCollective),
        ("TTLĐXS", Award::ExcellentCollective),
        ("CSTĐ cấp tỉnh", Award::MinistryOrProvinceEmulationFighter),
        ("BK TTg", Award::PrimeMinisterCertificateOfMerit),
        ("HCLĐ hạng Ba", Award::LabourOrderThird),
        ("GĐVH", Award::CulturalFamily),
        ("Xã, phường, đặc khu tiêu biểu", Award::ExemplaryCommune),
        ("“Lao động tiên tiến”", Award::AdvancedWorker),
    ];
    for (s, award) in cases {
        assert_eq!(s.parse::<Award>().unwrap(), award, "{s}");
    }
}

#[test]
fn unknown_names_suggest_the_closest() {
    let err = "Lao dong tien tin".parse::<Award>().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::UnknownName);
    assert!(err.en().contains("'Lao động tiên tiến'"), "{err}");
    assert!(
        err.en().starts_with("unknown award 'Lao dong tien tin'"),
        "{err}"
    );
    assert!("".parse::<Award>().is_err());
}

#[test]
fn serde_uses_the_wire_id_and_reads_names() {
    let json = serde_json::to_string(&Award::GrassrootsEmulationFighter).unwrap();
    assert_eq!(json, "\"grassroots_emulation_fighter\"");
    let back: Award = serde_json::from_str("\"Chiến sĩ thi đua cơ sở\"").unwrap();
    assert_eq!(back, Award::GrassrootsEmulationFighter);
    let err = serde_json::from_str::<Award>("\"nope\"").unwrap_err();
    assert!(err.to_string().contains("unknown award 'nope'"), "{err}");
}
