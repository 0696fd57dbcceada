"""Queries on trees and harvest logs."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from orchard.models import Harvest, Tree


def normalise_tag(tag: str) -> str:
    return tag.strip().upper()


def add_tree(session: Session, *, tag: str, variety: str, rootstock: str | None, plot: str, planted_on) -> Tree:
    tree = Tree(
        tag=normalise_tag(tag),
        variety=variety,
        rootstock=rootstock,
        plot=plot.upper(),
        planted_on=planted_on,
    )
    session.add(tree)
    session.commit()
    return tree


def get_by_tag(session: Session, tag: str) -> Tree | None:
    stmt = select(Tree).where(Tree.tag == tag.strip().lower())
    return session.scalars(stmt).first()


def log_harvest(session: Session, tree: Tree, *, picked_on, weight_kg: float) -> Harvest:
    harvest = Harvest(tree=tree, picked_on=picked_on, weight_kg=weight_kg)
    session.add(harvest)
    session.commit()
    return harvest


def trees_in_plot(session: Session, plot: str) -> list[Tree]:
    stmt = select(Tree).where(Tree.plot == plot.upper()).order_by(Tree.tag)
    return list(session.scalars(stmt))
