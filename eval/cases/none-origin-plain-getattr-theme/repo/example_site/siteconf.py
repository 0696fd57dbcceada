title = "Widgets Handbook"
theme = "paper"
base_url = "/handbook/"
