from nightplan.cli import main

raise SystemExit(main())
