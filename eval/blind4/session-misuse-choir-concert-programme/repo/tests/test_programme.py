from choirdesk.programme import Programme, Line, build_programme, render


def test_render_totals_running_time():
    programme = Programme(title="Summer Serenade", lines=(Line(1, "Elgar: My love dwelt", 4), Line(2, "Interval", 20)))
    text = render(programme)
    assert text.splitlines()[-1].endswith(" 24 min")


def test_upcoming_lists_items(repo, advent_concert):
    concerts = repo.upcoming()
    assert [len(c.items) for c in concerts] == [4]


def test_programme_includes_interval(repo, advent_concert):
    programme = build_programme(repo, advent_concert)
    texts = [line.text for line in programme.lines]
    assert texts[2] == "Interval"
    assert programme.running_time == 72
