from shipit.cli import main

raise SystemExit(main())
