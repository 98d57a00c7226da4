//! The bundled money tables of Decrees 91/2017, 98/2023 and 152/2025.
//!
//! Each row cites the article, clause and point of its decree, with the
//! confidence of the legal digest (`money.md`, corrected by `verify.md`).
//! Rows the digest could not read are left out (the lookup then says no
//! money is set), except where a later decree re-enacts an earlier value:
//! those rows are kept and marked unverified.

use rust_decimal::Decimal;

use super::rules::{AwardObject, Factor, MoneyRules, Principle, Rate, TitleAndForm};
use crate::authority::Authority;
use crate::catalogue::{Award, AwardKind, RecipientKind};
use crate::citation::{Citation, Instrument};
use crate::fund::FundRules;

use AwardObject::{
    Badge, Box, Certificate, CommemorativeMedal, CommendationPaper, Diploma, Flag, Frame, Order,
};
use RecipientKind::{Collective as C, Commune as X, Household as H, Individual as I, Village as V};

/// Bằng chứng nhận, khung.
const TITLE: &[AwardObject] = &[Certificate, Frame];
/// Bằng chứng nhận, khung, Huy hiệu, hộp đựng Huy hiệu.
const FIGHTER: &[AwardObject] = &[Certificate, Frame, Badge, Box];
/// Bằng, khung, Huân chương.
const ORDER: &[AwardObject] = &[Diploma, Frame, Order];
/// Bằng, khung, Huy hiệu, hộp.
const HONOUR: &[AwardObject] = &[Diploma, Frame, Badge, Box];
/// Bằng, khung, Huy hiệu, hộp, Cờ.
const HERO_COLLECTIVE: &[AwardObject] = &[Diploma, Frame, Badge, Box, Flag];
/// Bằng, khung.
const MERIT: &[AwardObject] = &[Diploma, Frame];
/// Giấy khen, khung.
const COMMENDATION: &[AwardObject] = &[CommendationPaper, Frame];
/// Bằng, khung, Kỷ niệm chương, hộp.
const MEDAL: &[AwardObject] = &[Diploma, Frame, CommemorativeMedal, Box];
/// Cờ.
const FLAG: &[AwardObject] = &[Flag];

/// `n × 10^-scale`.
fn d(n: i64, scale: u32) -> Decimal {
    Decimal::new(n, scale)
}

fn rate(award: Award, to: RecipientKind, x: Decimal, objects: &[AwardObject], c: Citation) -> Rate {
    Rate::new(award, to, x, c).with_objects(objects)
}

/// Adds one rate per award, all with the same multiplier, objects and
/// citation.
fn rates(
    mut rules: MoneyRules,
    awards: &[Award],
    to: RecipientKind,
    x: Decimal,
    objects: &[AwardObject],
    c: &Citation,
) -> MoneyRules {
    for &award in awards {
        rules = rules.with_rate(rate(award, to, x, objects, c.clone()));
    }
    rules
}

fn factor(
    recipient: RecipientKind,
    applies_to: &[AwardKind],
    value: Decimal,
    c: Citation,
) -> Factor {
    Factor {
        recipient,
        applies_to: applies_to.to_vec(),
        value,
        citation: c,
    }
}

const ORDERS_46: &[Award] = &[Award::GoldStarOrder];
const ORDERS_30_5: &[Award] = &[Award::HoChiMinhOrder];
const ORDERS_15: &[Award] = &[
    Award::IndependenceOrderFirst,
    Award::MilitaryExploitOrderFirst,
];
const ORDERS_12_5: &[Award] = &[
    Award::IndependenceOrderSecond,
    Award::MilitaryExploitOrderSecond,
];
const ORDERS_10_5: &[Award] = &[
    Award::IndependenceOrderThird,
    Award::MilitaryExploitOrderThird,
];
const ORDERS_9: &[Award] = &[
    Award::LabourOrderFirst,
    Award::FeatOfArmsOrderFirst,
    Award::FatherlandDefenceOrderFirst,
];
const ORDERS_7_5: &[Award] = &[
    Award::LabourOrderSecond,
    Award::FeatOfArmsOrderSecond,
    Award::FatherlandDefenceOrderSecond,
    Award::GreatNationalUnityOrder,
];
const ORDERS_4_5: &[Award] = &[
    Award::LabourOrderThird,
    Award::FeatOfArmsOrderThird,
    Award::FatherlandDefenceOrderThird,
    Award::BraveryOrder,
];
const HEROES: &[Award] = &[Award::HeroOfLabour, Award::HeroOfPeoplesArmedForces];
const PEOPLES: &[Award] = &[
    Award::PeoplesArtisan,
    Award::PeoplesArtist,
    Award::PeoplesTeacher,
    Award::PeoplesDoctor,
];
const MERITORIOUS: &[Award] = &[
    Award::MeritoriousArtisan,
    Award::MeritoriousArtist,
    Award::MeritoriousTeacher,
    Award::MeritoriousDoctor,
];
const MEDALS: &[Award] = &[
    Award::GloriousYouthVolunteerMedal,
    Award::GloriousSoldierMedalThird,
    Award::GloriousSoldierMedalSecond,
    Award::GloriousSoldierMedalFirst,
    Award::NationalSecurityMedal,
    Award::VictoryBannerMedal,
    Award::FriendshipMedal,
];

/// The orders by multiplier, with the point of the clause that lists them in
/// Decrees 98/2023 Art. 55 k1 and 152/2025 Art. 51 k1.
fn order_table() -> [(&'static [Award], Decimal, char); 8] {
    [
        (ORDERS_46, d(46, 0), 'a'),
        (ORDERS_30_5, d(305, 1), 'b'),
        (ORDERS_15, d(15, 0), 'c'),
        (ORDERS_12_5, d(125, 1), 'd'),
        (ORDERS_10_5, d(105, 1), 'đ'),
        (ORDERS_9, d(9, 0), 'e'),
        (ORDERS_7_5, d(75, 1), 'g'),
        (ORDERS_4_5, d(45, 1), 'h'),
    ]
}

/// The title rates of Decree 98/2023 Art. 54 and Decree 152/2025 Art. 50:
/// the same multipliers and objects (money.md §2.2), each cited by
/// `cite(clause, point)`.
fn titles_from_2024(mut r: MoneyRules, cite: impl Fn(u8, char) -> Citation) -> MoneyRules {
    /// Award, recipient, multiplier, objects, clause, point.
    type Row = (
        Award,
        RecipientKind,
        Decimal,
        &'static [AwardObject],
        u8,
        char,
    );
    #[rustfmt::skip]
    let titles: [Row; 11] = [
        (Award::NationalEmulationFighter, I, d(45, 1), FIGHTER, 1, 'a'),
        (Award::MinistryOrProvinceEmulationFighter, I, d(3, 0), FIGHTER, 1, 'b'),
        (Award::GrassrootsEmulationFighter, I, d(1, 0), TITLE, 1, 'c'),
        (Award::AdvancedWorker, I, d(3, 1), &[], 1, 'd'),
        (Award::ExcellentCollective, C, d(15, 1), TITLE, 2, 'a'),
        (Award::AdvancedCollective, C, d(8, 1), &[], 2, 'b'),
        (Award::ExemplaryCommune, X, d(2, 0), TITLE, 2, 'c'),
        (Award::CulturalVillage, V, d(15, 1), TITLE, 2, 'd'),
        (Award::GovernmentEmulationFlag, C, d(12, 0), FLAG, 2, 'đ'),
        (Award::MinistryOrProvinceEmulationFlag, C, d(8, 0), FLAG, 2, 'e'),
        (Award::CorpsEmulationFlag, C, d(6, 0), FLAG, 2, 'g'),
    ];
    for (award, to, x, objects, clause, point) in titles {
        r = r.with_rate(rate(award, to, x, objects, cite(clause, point)));
    }
    r
}

/// The rates of Bằng khen, Kỷ niệm chương and Giấy khen of Decree 98/2023
/// Art. 58 and Decree 152/2025 Art. 54 k1 a–e, each cited by
/// `cite(point)`, and the collective's 2× (k2, cited by `collective`).
fn forms_from_2024(
    r: MoneyRules,
    cite: impl Fn(char) -> Citation,
    collective: Citation,
) -> MoneyRules {
    r.with_rate(rate(
        Award::PrimeMinisterCertificateOfMerit,
        I,
        d(35, 1),
        MERIT,
        cite('a'),
    ))
    .with_rate(rate(
        Award::MinistryOrProvinceCertificateOfMerit,
        I,
        d(15, 1),
        MERIT,
        cite('b'),
    ))
    .with_rate(
        rate(
            Award::NationalAssemblyCommemorativeMedal,
            I,
            d(8, 1),
            MEDAL,
            cite('c'),
        )
        .at_most(),
    )
    .with_rate(rate(Award::CommemorativeMedal, I, d(6, 1), MEDAL, cite('d')).at_most())
    .with_rate(rate(
        Award::CorpsCertificateOfMerit,
        I,
        d(1, 0),
        MERIT,
        cite('đ'),
    ))
    .with_rate(rate(
        Award::CertificateOfCommendation,
        I,
        d(3, 1),
        COMMENDATION,
        cite('e'),
    ))
    .with_factor(factor(
        C,
        &[
            AwardKind::CertificateOfMerit,
            AwardKind::CertificateOfCommendation,
        ],
        d(2, 0),
        collective,
    ))
}

/// Decree 91/2017/NĐ-CP (2017-10-01 – 2023-12-31): Art. 66 (principles),
/// 68 (base salary, rounding), 69 (titles), 70 (orders), 73 (Bằng khen,
/// Giấy khen).
pub(crate) fn decree_91_2017() -> MoneyRules {
    let nd = |article| Citation::new(Instrument::DECREE_91_2017).article(article);
    let mut r = MoneyRules::new()
        .with_principle(Principle::BaseSalaryOnDecisionDate, nd(68).clause(1))
        .with_principle(Principle::RoundUpToTenThousand, nd(68).clause(2))
        // Point c was read only up to its condition ("cùng một thời điểm,
        // cùng một thành tích …"); "the highest only" is the digest's reading
        // of the cut text (verify.md §9).
        .with_principle(
            Principle::SamePeriodHighestOnly,
            nd(66).clause(2).point('c').secondhand(),
        )
        // No clause of Decree 91 is cited for "different periods each pay":
        // the decision layer's note cites Decree 42/2010 Art. 68 k2 d, read
        // verbatim in a provincial answer (secondhand), for this regime.
        // A law firm's answer under Decree 91: an LĐTT and a Giấy khen at
        // once are both paid; the clause itself was not read (verify.md §9).
        .with_title_and_form(TitleAndForm::BothPay, nd(66).clause(2).secondhand());
    // Art. 69: titles. Objects are listed only where the digest read them.
    let titles = [
        (
            Award::NationalEmulationFighter,
            I,
            d(45, 1),
            &[][..],
            nd(69).clause(1).point('a').secondhand(),
        ),
        (
            Award::MinistryOrProvinceEmulationFighter,
            I,
            d(3, 0),
            &[],
            nd(69).clause(1).point('b').secondhand(),
        ),
        (
            Award::GrassrootsEmulationFighter,
            I,
            d(1, 0),
            &[Certificate],
            nd(69).clause(1).point('c'),
        ),
        (
            Award::AdvancedWorker,
            I,
            d(3, 1),
            &[],
            nd(69).clause(1).point('d'),
        ),
        (
            Award::ExcellentCollective,
            C,
            d(15, 1),
            &[],
            nd(69).clause(2).point('a').secondhand(),
        ),
        (
            Award::AdvancedCollective,
            C,
            d(8, 1),
            &[],
            nd(69).clause(2).point('b'),
        ),
        (
            Award::CulturalVillage,
            V,
            d(15, 1),
            &[],
            nd(69).clause(2).secondhand(),
        ),
        (
            Award::GovernmentEmulationFlag,
            C,
            d(12, 0),
            FLAG,
            nd(69).secondhand(),
        ),
        (
            Award::MinistryOrProvinceEmulationFlag,
            C,
            d(8, 0),
            FLAG,
            nd(69).secondhand(),
        ),
    ];
    for (award, to, x, objects, c) in titles {
        r = r.with_rate(rate(award, to, x, objects, c));
    }
    // Art. 70 k1: the first five amounts were read verbatim, the rest in a
    // summary; the points of the clause were not given.
    for (i, (awards, x, _)) in order_table().into_iter().enumerate() {
        let c = if i < 4 || i == 5 {
            nd(70).clause(1)
        } else {
            nd(70).clause(1).secondhand()
        };
        r = rates(r, awards, I, x, ORDER, &c);
    }
    r = r.with_factor(factor(
        C,
        &[AwardKind::Order],
        d(2, 0),
        nd(70).clause(2).secondhand(),
    ));
    // Medals, honorary titles and prizes: amounts from a press summary; the
    // articles (71, 72, 74?) were not confirmed.
    let summary = Citation::new(Instrument::DECREE_91_2017).secondhand();
    r = rates(r, MEDALS, I, d(15, 1), &[], &summary);
    r = rates(r, HEROES, I, d(155, 1), HONOUR, &summary);
    r = rates(
        r,
        HEROES,
        C,
        d(31, 0),
        HERO_COLLECTIVE,
        &Citation::new(Instrument::DECREE_91_2017).unverified(),
    );
    r = rates(r, PEOPLES, I, d(125, 1), HONOUR, &summary);
    r = rates(r, MERITORIOUS, I, d(9, 0), HONOUR, &summary);
    r = rates(r, &[Award::HoChiMinhPrize], I, d(270, 0), &[], &summary);
    r = rates(r, &[Award::StatePrize], I, d(170, 0), &[], &summary);
    // Art. 73: Bằng khen and Giấy khen.
    let k1 = nd(73).clause(1);
    r.with_rate(rate(
        Award::PrimeMinisterCertificateOfMerit,
        I,
        d(35, 1),
        MERIT,
        k1.clone().secondhand(),
    ))
    .with_rate(rate(
        Award::MinistryOrProvinceCertificateOfMerit,
        I,
        d(1, 0),
        MERIT,
        k1.clone().secondhand(),
    ))
    .with_rate(rate(
        Award::CertificateOfCommendation,
        I,
        d(3, 1),
        COMMENDATION,
        k1.clone().secondhand(),
    ))
    .with_rate(
        rate(
            Award::CertificateOfCommendation,
            I,
            d(15, 2),
            COMMENDATION,
            k1.point('d'),
        )
        .signed_by(Authority::CommuneChair),
    )
    .with_factor(factor(
        C,
        &[AwardKind::CertificateOfCommendation],
        d(2, 0),
        nd(73).clause(2).point('b'),
    ))
    .with_factor(factor(
        C,
        &[AwardKind::CertificateOfMerit],
        d(2, 0),
        nd(73).clause(2).secondhand(),
    ))
    .with_fund(FundRules {
        salary_fund_cap: d(20, 2),
        salary_fund_citation: nd(65).clause(1),
        delta_cap: d(10, 3),
        highland_cap: d(15, 3),
        budget_level_citation: nd(65).clause(2),
        // Believed carried over from Circular 71/2011 Art. 4 k2 c; not
        // read in Decree 91.
        organising_share: d(20, 2),
        organising_citation: nd(66).unverified(),
    })
}

/// Decree 98/2023/NĐ-CP (2024-01-01 – 2025-06-30): Art. 53 (principles), 54
/// (titles), 55 (orders), 56 (honorary titles), 57 (medals), 58 (Bằng khen,
/// Kỷ niệm chương, Giấy khen).
pub(crate) fn decree_98_2023() -> MoneyRules {
    let nd = |article| Citation::new(Instrument::DECREE_98_2023).article(article);
    let mut r = MoneyRules::new()
        .with_principle(Principle::BaseSalaryOnDecisionDate, nd(53))
        .with_principle(Principle::RoundUpToTenThousand, nd(53))
        // The same-period sentence of Art. 53 was not read (money.md §2.5);
        // the project reads it as Decrees 91 and 152 write it.
        .with_principle(Principle::SamePeriodHighestOnly, nd(53).unverified())
        .with_principle(Principle::DifferentPeriodsEachPay, nd(53))
        .with_title_and_form(TitleAndForm::BothPay, nd(53));
    // Art. 54: k1 a–d read verbatim (verify.md §4); the collective points
    // of k2 are not given in the texts read.
    r = titles_from_2024(r, |clause, point| match clause {
        1 => nd(54).clause(1).point(point),
        _ => nd(54).clause(2),
    });
    for (awards, x, point) in order_table() {
        r = rates(r, awards, I, x, ORDER, &nd(55).clause(1).point(point));
    }
    r = r.with_factor(factor(
        C,
        &[AwardKind::Order],
        d(2, 0),
        nd(55).clause(2).secondhand(),
    ));
    r = rates(
        r,
        &[Award::VietnameseHeroicMother],
        I,
        d(155, 1),
        HONOUR,
        &nd(56).clause(1),
    );
    r = rates(r, HEROES, I, d(155, 1), HONOUR, &nd(56).clause(2));
    r = rates(r, HEROES, C, d(31, 0), HERO_COLLECTIVE, &nd(56).clause(2));
    r = rates(r, PEOPLES, I, d(125, 1), HONOUR, &nd(56).clause(3));
    r = rates(r, MERITORIOUS, I, d(9, 0), HONOUR, &nd(56).clause(3));
    // Art. 57 (medals) was not read: the Decree 91 amount, unverified.
    r = rates(r, MEDALS, I, d(15, 1), &[], &nd(57).unverified());
    // Art. 58: only point d of k1 was read verbatim; the rest is the digest's
    // reading that Decree 152 Art. 54 re-enacts it (secondhand where §2.5 of
    // the digest reads the 2024 amount, unverified otherwise).
    let k1 = nd(58).clause(1);
    r = forms_from_2024(
        r,
        |point| match point {
            'd' => k1.clone().point('d'),
            'c' | 'đ' => k1.clone().unverified(),
            _ => k1.clone().secondhand(),
        },
        nd(58).clause(2).secondhand(),
    );
    r
        // No household factor: the digest reads the household rule (1,5 ×) in
        // Decree 152/2025 only, and issue #5 prices households from 2025.
        .with_fund(FundRules {
            salary_fund_cap: d(20, 2),
            salary_fund_citation: nd(50).clause(1),
            // The clauses for local budget levels were cut off in the text
            // read; believed the same 1,0% / 1,5%.
            delta_cap: d(10, 3),
            highland_cap: d(15, 3),
            budget_level_citation: nd(50).clause(2).unverified(),
            // "Trích 20%": read as a cap.
            organising_share: d(20, 2),
            organising_citation: nd(52),
        })
}

/// Decree 152/2025/NĐ-CP (from 2025-07-01): Art. 49 (principles), 50
/// (titles), 51 (orders), 52 (honorary titles), 53 (medals), 54 (Bằng khen,
/// Kỷ niệm chương, Giấy khen, households).
pub(crate) fn decree_152_2025() -> MoneyRules {
    let nd = |article| Citation::new(Instrument::DECREE_152_2025).article(article);
    let mut r = MoneyRules::new()
        .with_principle(Principle::BaseSalaryOnDecisionDate, nd(49).clause(1))
        .with_principle(Principle::RoundUpToTenThousand, nd(49).clause(2))
        .with_principle(Principle::SamePeriodHighestOnly, nd(49).clause(5))
        .with_principle(Principle::DifferentPeriodsEachPay, nd(49).clause(5))
        .with_title_and_form(TitleAndForm::BothPay, nd(49).clause(7));
    r = titles_from_2024(r, |clause, point| nd(50).clause(clause).point(point));
    for (awards, x, point) in order_table() {
        r = rates(r, awards, I, x, ORDER, &nd(51).clause(1).point(point));
    }
    r = r.with_factor(factor(C, &[AwardKind::Order], d(2, 0), nd(51).clause(2)));
    // Art. 52: the collective hero amount was read (S); the individual
    // amounts are assumed carried over from Decree 98 Art. 56 (U).
    r = rates(
        r,
        HEROES,
        C,
        d(31, 0),
        HERO_COLLECTIVE,
        &nd(52).secondhand(),
    );
    r = rates(r, HEROES, I, d(155, 1), HONOUR, &nd(52).unverified());
    r = rates(
        r,
        &[Award::VietnameseHeroicMother],
        I,
        d(155, 1),
        HONOUR,
        &nd(52).unverified(),
    );
    r = rates(r, PEOPLES, I, d(125, 1), HONOUR, &nd(52).unverified());
    r = rates(r, MERITORIOUS, I, d(9, 0), HONOUR, &nd(52).unverified());
    r = rates(r, MEDALS, I, d(15, 1), &[], &nd(53).unverified());
    // Art. 54 k1: points a–d read verbatim, đ and e in a translation only
    // (verify.md §5).
    r = forms_from_2024(
        r,
        |point| match point {
            'đ' | 'e' => nd(54).clause(1).point(point).secondhand(),
            _ => nd(54).clause(1).point(point),
        },
        nd(54).clause(2).secondhand(),
    );
    r
        // The household clause number is not known (k3?).
        .with_factor(factor(
            H,
            &[
                AwardKind::CertificateOfMerit,
                AwardKind::CertificateOfCommendation,
            ],
            d(15, 1),
            nd(54).secondhand(),
        ))
        .with_fund(FundRules {
            // Only k3 b (province and commune) of Art. 46 was read.
            salary_fund_cap: d(20, 2),
            salary_fund_citation: nd(46).unverified(),
            delta_cap: d(10, 3),
            highland_cap: d(15, 3),
            budget_level_citation: nd(46).clause(3).point('b'),
            // The spending norms of the 20% share (Circular 28/2025/TT-BTC).
            organising_share: d(20, 2),
            organising_citation: Citation::new(Instrument::CIRCULAR_28_2025_BTC).secondhand(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn x(rules: &MoneyRules, award: Award, to: RecipientKind, signer: Authority) -> Decimal {
        rules.multiplier(award, to, signer).unwrap()
    }

    #[test]
    fn every_rate_is_positive_and_unique() {
        for rules in [decree_91_2017(), decree_98_2023(), decree_152_2025()] {
            for (i, a) in rules.rates().iter().enumerate() {
                assert!(a.multiplier > Decimal::ZERO, "{a:?}");
                for b in &rules.rates()[..i] {
                    assert!(
                        !(a.award == b.award && a.recipient == b.recipient && a.signer == b.signer),
                        "{a:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_changes_of_2024() {
        let (r91, r98, r152) = (decree_91_2017(), decree_98_2023(), decree_152_2025());
        let any = Authority::ProvincialChair;
        let bk = Award::MinistryOrProvinceCertificateOfMerit;
        assert_eq!(x(&r91, bk, I, any), d(1, 0));
        assert_eq!(x(&r98, bk, I, any), d(15, 1));
        assert_eq!(x(&r152, bk, I, any), d(15, 1));
        let gk = Award::CertificateOfCommendation;
        assert_eq!(x(&r91, gk, I, Authority::CommuneChair), d(15, 2));
        assert_eq!(x(&r91, gk, C, Authority::CommuneChair), d(3, 1));
        assert_eq!(x(&r91, gk, I, Authority::DistrictChair), d(3, 1));
        assert_eq!(x(&r91, gk, C, Authority::DistrictChair), d(6, 1));
        assert_eq!(x(&r98, gk, I, Authority::CommuneChair), d(3, 1));
        assert_eq!(x(&r152, gk, I, Authority::CommuneChair), d(3, 1));
        // Households: 1,5 × from Decree 152/2025 only.
        assert_eq!(x(&r152, gk, H, Authority::CommuneChair), d(45, 2));
        assert!(r98.multiplier(gk, H, Authority::CommuneChair).is_err());
        assert!(r91.multiplier(gk, H, Authority::CommuneChair).is_err());
        assert!(r91.multiplier(Award::CommemorativeMedal, I, any).is_err());
        assert!(r91.multiplier(Award::ExemplaryCommune, X, any).is_err());
        assert_eq!(x(&r98, Award::ExemplaryCommune, X, any), d(2, 0));
    }

    #[test]
    fn collectives_and_counterparts() {
        let r = decree_152_2025();
        let any = Authority::PrimeMinister;
        assert_eq!(x(&r, Award::GoldStarOrder, C, any), d(92, 0));
        assert_eq!(x(&r, Award::IndependenceOrderThird, C, any), d(21, 0));
        assert_eq!(x(&r, Award::LabourOrderThird, C, any), d(9, 0));
        assert_eq!(
            x(&r, Award::PrimeMinisterCertificateOfMerit, C, any),
            d(7, 0)
        );
        assert_eq!(
            x(&r, Award::MinistryOrProvinceCertificateOfMerit, C, any),
            d(3, 0)
        );
        assert_eq!(x(&r, Award::CorpsCertificateOfMerit, C, any), d(2, 0));
        assert_eq!(x(&r, Award::CertificateOfCommendation, C, any), d(6, 1));
        assert_eq!(x(&r, Award::HeroOfLabour, C, any), d(31, 0));
        // A commune or village receiving a form is priced as a collective.
        assert_eq!(x(&r, Award::CertificateOfCommendation, X, any), d(6, 1));
        // Titles of collectives have their own rates, not 2×.
        assert_eq!(x(&r, Award::AdvancedCollective, C, any), d(8, 1));
        assert!(r.multiplier(Award::AdvancedWorker, C, any).is_err());
        // Armed-forces counterparts are priced as the civilian title.
        assert_eq!(x(&r, Award::AdvancedSoldier, I, any), d(3, 1));
        assert_eq!(x(&r, Award::DeterminedToWinUnit, C, any), d(15, 1));
        let err = r.multiplier(Award::CulturalFamily, H, any).unwrap_err();
        assert_eq!(
            err.to_string(),
            "no award money is set for 'Gia đình văn hóa' to a hộ gia đình"
        );
    }

    #[test]
    fn caps_and_objects() {
        let r = decree_152_2025();
        let (rate, _) = r
            .lookup(Award::CommemorativeMedal, I, Authority::Minister)
            .unwrap();
        assert!(rate.at_most);
        assert_eq!(rate.multiplier, d(6, 1));
        let (rate, _) = r
            .lookup(Award::NationalEmulationFighter, I, Authority::PrimeMinister)
            .unwrap();
        assert_eq!(rate.objects, FIGHTER);
        assert_eq!(
            rate.citation.to_string(),
            "điểm a khoản 1 Điều 50 Nghị định số 152/2025/NĐ-CP"
        );
        let r91 = decree_91_2017();
        let (rate, _) = r91
            .lookup(Award::GrassrootsEmulationFighter, I, Authority::AgencyHead)
            .unwrap();
        assert_eq!(rate.objects, [Certificate]);
    }
}
