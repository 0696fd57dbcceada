"""Image operations. The archive stores PGM (portable graymap) scans, so this stays dependency-free."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Image:
    width: int
    height: int
    maxval: int
    pixels: bytes


def read_pgm(path: Path) -> Image:
    data = path.read_bytes()
    magic, width, height, maxval, raster = data.split(maxsplit=4)
    if magic != b"P5":
        raise ValueError(f"{path.name}: not a binary PGM file")
    return Image(int(width), int(height), int(maxval), raster)


def write_pgm(path: Path, image: Image) -> None:
    header = f"P5 {image.width} {image.height} {image.maxval}\n".encode()
    path.write_bytes(header + image.pixels)


def downscale(image: Image, box: int) -> Image:
    """Nearest-neighbour downscale so the longest side is at most ``box`` pixels."""
    factor = max(1, -(-max(image.width, image.height) // box))
    w, h = max(1, image.width // factor), max(1, image.height // factor)
    out = bytearray()
    for y in range(h):
        row = y * factor * image.width
        out.extend(image.pixels[row + x * factor] for x in range(w))
    return Image(w, h, image.maxval, bytes(out))


def make_thumbnail(source: Path, dest_dir: Path, box: int) -> Path:
    thumb = downscale(read_pgm(source), box)
    target = dest_dir / f"{source.stem}_{box}.pgm"
    write_pgm(target, thumb)
    return target
