from janitor.cli import main

raise SystemExit(main())
