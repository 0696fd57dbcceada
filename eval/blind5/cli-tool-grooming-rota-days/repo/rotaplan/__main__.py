from rotaplan.cli import main

raise SystemExit(main())
