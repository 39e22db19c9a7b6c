"""The vocabulary: regkg.ttl and the closed namespace agree; every term is labelled in 中文 and English."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from regkg.ontology import ELI, REGKG, REGKG_ONTOLOGY, ontology_path, shapes_path


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def _defined(g: Graph) -> set[URIRef]:
    ns = str(REGKG._NS)
    return {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(ns)}


def test_namespace_module_and_turtle_name_the_same_terms(ontology):
    in_module = {REGKG[name] for name in REGKG.__annotations__}
    assert in_module == _defined(ontology)


@pytest.mark.parametrize("prop", [RDFS.label, RDFS.comment])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_term_has_label_and_comment_in_both_languages(ontology, prop, lang):
    missing = [t for t in _defined(ontology) | {REGKG_ONTOLOGY}
               if not any(getattr(o, "language", None) == lang for o in ontology.objects(t, prop))]
    assert missing == []


def test_namespace_is_closed():
    with pytest.raises(AttributeError):
        REGKG.dutys  # noqa: B018 - a typo must fail
    with pytest.raises(AttributeError):
        ELI.repeal  # noqa: B018


def test_regkg_terms_reuse_standard_vocabularies(ontology):
    assert (REGKG.AttachedRule, RDFS.subClassOf, ELI.LegalResource) in ontology
    assert (REGKG.repliesTo, RDFS.subPropertyOf, ELI.cites) in ontology
    assert (REGKG_ONTOLOGY, RDF.type, OWL.Ontology) in ontology


def test_shapes_parse_and_only_use_known_regkg_terms():
    shapes = Graph().parse(shapes_path(), format="turtle")
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef) and str(t).startswith(str(REGKG._NS))}
    defined = {REGKG[name] for name in REGKG.__annotations__}
    assert used and used <= defined


def test_the_relation_table_spells_the_vocabulary_terms():
    from rdflib.namespace import DCTERMS

    from regkg.ontology import ELI, REGKG
    from regkg.ontology.relations import BY_NAME, RELATIONS

    assert [r.name for r in RELATIONS] == ["cites", "based_on", "replies_to", "repeals", "replaces"]
    assert BY_NAME["cites"].iri == str(ELI.cites) and BY_NAME["based_on"].iri == str(ELI.based_on)
    assert BY_NAME["replies_to"].iri == str(REGKG.repliesTo)
    assert (BY_NAME["repeals"].iri, BY_NAME["repeals"].inverse) == (str(ELI.repeals), str(ELI.repealed_by))
    assert (BY_NAME["replaces"].iri, BY_NAME["replaces"].inverse) == (str(DCTERMS.replaces), str(DCTERMS.isReplacedBy))
