//! Tiny frameworks for hand-checked engine tests: roles in families, levels needing skills at
//! Working, and similarities given by hand (tests only).

use crate::framework::Framework;

/// A role: (id, family, [(level id, [skill ids])]); skills are named after their ids, and a name
/// with " (…)" is a variant of the part before it.
pub type TinyRole<'a> = (&'a str, &'a str, &'a [(&'a str, &'a [&'a str])]);

/// A framework of `roles` and `skills` (names), with `similar` as `Framework::similar` and
/// `similar_roles` as `Framework::similar_roles`.
pub fn framework(
    roles: &[TinyRole],
    skills: &[&str],
    similar: Vec<Vec<[u16; 2]>>,
    similar_roles: Vec<Vec<u8>>,
) -> Framework {
    use serde_json::json;
    let slug = |name: &str| crate::framework::slug(name);
    let mut families: Vec<(String, Vec<String>)> = Vec::new();
    for (role, family, _) in roles {
        match families.iter_mut().find(|(f, _)| f == family) {
            Some((_, list)) => list.push(role.to_string()),
            None => families.push((family.to_string(), vec![role.to_string()])),
        }
    }
    let value = json!({
        "schema": crate::framework::SCHEMA_VERSION,
        "source": {"title": "Tiny", "attribution": "", "licence_url": ""},
        "families": families.iter().map(|(f, roles)| json!({"id": f, "name": f, "roles": roles})).collect::<Vec<_>>(),
        "roles": roles.iter().map(|(id, family, levels)| json!({
            "id": id, "name": id, "family": family, "description": [format!("{id}.")],
            "levels": levels.iter().map(|(l, _)| *l).collect::<Vec<_>>(),
            "level_order": {"status": "confirmed", "notes": ""}})).collect::<Vec<_>>(),
        "levels": roles.iter().flat_map(|(role, _, levels)| levels.iter().map(move |(id, skills)| json!({
            "id": id, "name": id, "role": role, "description": null, "order_source": "inferred",
            "skills": skills.iter().map(|s| json!({"skill": slug(s), "level": "working"})).collect::<Vec<_>>()}))).collect::<Vec<_>>(),
        "skills": skills.iter().map(|name| {
            let mut skill = json!({"id": slug(name), "name": name, "description": null,
                "levels": [null, null, null, null]});
            if let Some(v) = crate::framework::VariantOf::from_skill_name(name) {
                skill["variant_of"] = serde_json::to_value(v).unwrap();
            }
            skill
        }).collect::<Vec<_>>(),
        "similar": similar,
        "similar_roles": similar_roles,
    });
    crate::load::validate::parse_framework(&value.to_string()).expect("a tiny framework is valid")
}
