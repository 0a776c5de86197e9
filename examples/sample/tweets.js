window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076433312666607988"
          ],
          "editableUntil" : "2026-07-12T23:27:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "metrostrike",
            "indices" : [
              "81",
              "93"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "65",
      "id_str" : "2076433312666607988",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2076433312666607988",
      "created_at" : "Sun Jul 12 22:27:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Cycled to work for the first time because of the strike and honestly? Loved it 🚲 #metrostrike",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075907018977227037"
          ],
          "editableUntil" : "2026-07-11T12:36:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bookworm",
            "indices" : [
              "64",
              "73"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Noah O'Brien",
            "screen_name" : "NoahObrien",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1301376177531729587",
            "id" : "1301376177531729587"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "92",
      "id_str" : "2075907018977227037",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2075907018977227037",
      "created_at" : "Sat Jul 11 11:36:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@NoahObrien thank you for the birthday cake, you're the best 🎂🥳 #bookworm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075723842296140828"
          ],
          "editableUntil" : "2026-07-11T00:28:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Connor Walker",
            "screen_name" : "connorwalker59",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1244856777943514807",
            "id" : "1244856777943514807"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "39",
      "id_str" : "2075723842296140828",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2075723842296140828",
      "created_at" : "Fri Jul 10 23:28:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@connorwalker59 you're a pathetic loser and everyone knows it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075388850365916951"
          ],
          "editableUntil" : "2026-07-10T02:17:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Oz4GQhDO71",
            "expanded_url" : "https://news.example.com/tech/lumio-x5-review",
            "display_url" : "news.example.com/tech/lumi…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "100",
      "id_str" : "2075388850365916951",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2075388850365916951",
      "created_at" : "Fri Jul 10 01:17:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Lumio X5 launch event starts at 10am PT, livestream here: https://t.co/Oz4GQhDO71 &lt;3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075326067463430555"
          ],
          "editableUntil" : "2026-07-09T22:07:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "424",
      "id_str" : "2075326067463430555",
      "truncated" : false,
      "retweet_count" : "39",
      "id" : "2075326067463430555",
      "created_at" : "Thu Jul 09 21:07:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Our server keeps getting blocked, the IP is 10.254.97.101, can someone at the host whitelist it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075229303532747960"
          ],
          "editableUntil" : "2026-07-09T15:43:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lumiox5",
            "indices" : [
              "70",
              "78"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "346",
      "id_str" : "2075229303532747960",
      "truncated" : false,
      "retweet_count" : "44",
      "id" : "2075229303532747960",
      "created_at" : "Thu Jul 09 14:43:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Comparison thread: Lumio X5 vs last year's X4, specs side by side 🧵 👀 #lumiox5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075184423303086423"
          ],
          "editableUntil" : "2026-07-09T12:44:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ContinentalCup",
            "indices" : [
              "65",
              "80"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "121",
      "id_str" : "2075184423303086423",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2075184423303086423",
      "created_at" : "Thu Jul 09 11:44:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Kickoff times for the quarter-finals (all CEST): 18:00 and 21:00 #ContinentalCup ℹ️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075019198460278339"
          ],
          "editableUntil" : "2026-07-09T01:48:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sam Brown",
            "screen_name" : "samb_72",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "45576412",
            "id" : "45576412"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "12",
      "id_str" : "2075019198460278339",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2075019198460278339",
      "created_at" : "Thu Jul 09 00:48:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@samb_72 eres un idiota, nadie te ha preguntado",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075000642162040339"
          ],
          "editableUntil" : "2026-07-09T00:34:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "photography",
            "indices" : [
              "62",
              "74"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "34",
      "id_str" : "2075000642162040339",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2075000642162040339",
      "created_at" : "Wed Jul 08 23:34:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Can't believe it's already summer... where did this year go?? #photography",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074323100515483274"
          ],
          "editableUntil" : "2026-07-07T03:42:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "photography",
            "indices" : [
              "85",
              "97"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Fatima Taylor",
            "screen_name" : "TAYLOR_F",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1817701386692798410",
            "id" : "1817701386692798410"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "10",
        "97"
      ],
      "favorite_count" : "346",
      "in_reply_to_status_id_str" : "2074244557979012718",
      "id_str" : "2074323100515483274",
      "in_reply_to_user_id" : "1817701386692798410",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "2074323100515483274",
      "in_reply_to_status_id" : "2074244557979012718",
      "created_at" : "Tue Jul 07 02:42:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@TAYLOR_F Our team is hiring! Remote-friendly, great benefits. DM me for details 💼 📌 #photography",
      "lang" : "en",
      "in_reply_to_screen_name" : "TAYLOR_F",
      "in_reply_to_user_id_str" : "1817701386692798410"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072792376711922556"
          ],
          "editableUntil" : "2026-07-02T22:19:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ContinentalCup",
            "indices" : [
              "62",
              "77"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "69",
      "id_str" : "2072792376711922556",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2072792376711922556",
      "created_at" : "Thu Jul 02 21:19:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Whoever scheduled a 3pm kickoff in this heat should be fired. #ContinentalCup",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072374599672034861"
          ],
          "editableUntil" : "2026-07-01T18:39:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "photography",
            "indices" : [
              "102",
              "114"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "25",
      "id_str" : "2072374599672034861",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2072374599672034861",
      "created_at" : "Wed Jul 01 17:39:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Anyone else seeing 2001:0db8:6906:8f9d:a736:47e5:a307:2685 hammering their API since this morning? 🤔🤔 #photography",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072150337654460909"
          ],
          "editableUntil" : "2026-07-01T03:48:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "23",
      "id_str" : "2072150337654460909",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2072150337654460909",
      "created_at" : "Wed Jul 01 02:48:33 +0000 2026",
      "favorited" : false,
      "full_text" : "loooove this song soooo much, been on repeat all day 🎶❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072140812217620115"
          ],
          "editableUntil" : "2026-07-01T03:10:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "115",
      "id_str" : "2072140812217620115",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2072140812217620115",
      "created_at" : "Wed Jul 01 02:10:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Contact me at fatima_johnson95@example.net for collab requests 📩 &amp; that's that.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2071993009205191759"
          ],
          "editableUntil" : "2026-06-30T17:23:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "heatwave2026",
            "indices" : [
              "78",
              "91"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "82",
      "id_str" : "2071993009205191759",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2071993009205191759",
      "created_at" : "Tue Jun 30 16:23:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Community volunteers handed out 2,000 water bottles today. People are good ❤️ #heatwave2026 &amp; that's that.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2071733410565403234"
          ],
          "editableUntil" : "2026-06-30T00:11:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "124",
      "id_str" : "2071733410565403234",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2071733410565403234",
      "created_at" : "Mon Jun 29 23:11:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Spain vs Brazil in the final on Sunday. Who you got? 🤔 🤔",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2071521343171877591"
          ],
          "editableUntil" : "2026-06-29T10:09:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bookworm",
            "indices" : [
              "38",
              "47"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "38",
      "id_str" : "2071521343171877591",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2071521343171877591",
      "created_at" : "Mon Jun 29 09:09:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Hoy echo mucho de menos a mi abuela 😢 #bookworm",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2071383845208621258"
          ],
          "editableUntil" : "2026-06-29T01:02:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Connor Brown",
            "screen_name" : "Connor_Brown",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "588292600",
            "id" : "588292600"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "27",
      "id_str" : "2071383845208621258",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2071383845208621258",
      "created_at" : "Mon Jun 29 00:02:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@Connor_Brown thank you for the birthday cake, you're the best 🎂🥳",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070708425742780942"
          ],
          "editableUntil" : "2026-06-27T04:18:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "OlaDeCalor",
            "indices" : [
              "73",
              "84"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Valeria Morales",
            "screen_name" : "Valeria_Morales",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1193064151390399671",
            "id" : "1193064151390399671"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "17",
        "84"
      ],
      "favorite_count" : "265",
      "in_reply_to_status_id_str" : "2070671033522751507",
      "id_str" : "2070708425742780942",
      "in_reply_to_user_id" : "1193064151390399671",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2070708425742780942",
      "in_reply_to_status_id" : "2070671033522751507",
      "created_at" : "Sat Jun 27 03:18:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@Valeria_Morales Piscina, sandía y siesta. Así se sobrevive al verano 🍉😎 #OlaDeCalor",
      "lang" : "es",
      "in_reply_to_screen_name" : "Valeria_Morales",
      "in_reply_to_user_id_str" : "1193064151390399671"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070672649345077071"
          ],
          "editableUntil" : "2026-06-27T01:56:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "HeatWave",
            "indices" : [
              "95",
              "104"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Connor Khan",
            "screen_name" : "connorkhan93",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1534811690011889147",
            "id" : "1534811690011889147"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "14",
        "104"
      ],
      "favorite_count" : "266",
      "in_reply_to_status_id_str" : "2070606995906420944",
      "id_str" : "2070672649345077071",
      "in_reply_to_user_id" : "1534811690011889147",
      "truncated" : false,
      "retweet_count" : "25",
      "id" : "2070672649345077071",
      "in_reply_to_status_id" : "2070606995906420944",
      "created_at" : "Sat Jun 27 00:56:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@connorkhan93 Hottest June on record and everyone's just... used to it? That's the scary part. #HeatWave",
      "lang" : "en",
      "in_reply_to_screen_name" : "connorkhan93",
      "in_reply_to_user_id_str" : "1534811690011889147"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070591730621129297"
          ],
          "editableUntil" : "2026-06-26T20:35:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "84",
      "id_str" : "2070591730621129297",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2070591730621129297",
      "created_at" : "Fri Jun 26 19:35:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Cancelled my doctor's appointment because there's no way to get there. Thanks a lot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070472079989165867"
          ],
          "editableUntil" : "2026-06-26T12:39:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "BrewMateRecall",
            "indices" : [
              "100",
              "115"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Grace Reyes",
            "screen_name" : "gracer_54",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1094020188762020394",
            "id" : "1094020188762020394"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "11",
        "115"
      ],
      "favorite_count" : "269",
      "in_reply_to_status_id_str" : "2070415297499901552",
      "id_str" : "2070472079989165867",
      "in_reply_to_user_id" : "1094020188762020394",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2070472079989165867",
      "in_reply_to_status_id" : "2070415297499901552",
      "created_at" : "Fri Jun 26 11:39:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@gracer_54 Refund \"within 8-10 weeks\"?? You sold me a fire hazard and I wait 10 weeks for my money? #BrewMateRecall",
      "lang" : "en",
      "in_reply_to_screen_name" : "gracer_54",
      "in_reply_to_user_id_str" : "1094020188762020394"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070329238694689734"
          ],
          "editableUntil" : "2026-06-26T03:12:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "273",
      "id_str" : "2070329238694689734",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2070329238694689734",
      "created_at" : "Fri Jun 26 02:12:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Power cut for the third time today. In a heatwave. Brilliant planning 🙃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070308037944332813"
          ],
          "editableUntil" : "2026-06-26T01:47:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "brewmate",
            "indices" : [
              "99",
              "108"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Maya 🇺🇦",
            "screen_name" : "MayaBennett",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "5654162932",
            "id" : "5654162932"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "13",
        "108"
      ],
      "favorite_count" : "227",
      "in_reply_to_status_id_str" : "2070255479122826165",
      "id_str" : "2070308037944332813",
      "in_reply_to_user_id" : "5654162932",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2070308037944332813",
      "in_reply_to_status_id" : "2070255479122826165",
      "created_at" : "Fri Jun 26 00:47:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@MayaBennett Replaced the BrewMate with a simple moka pot and the coffee is sooo much better lol ☕ #brewmate",
      "lang" : "en",
      "in_reply_to_screen_name" : "MayaBennett",
      "in_reply_to_user_id_str" : "5654162932"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070288565828078775"
          ],
          "editableUntil" : "2026-06-26T00:30:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Fatima Foster",
            "screen_name" : "FatimaFoster",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "542349546",
            "id" : "542349546"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "14",
        "92"
      ],
      "favorite_count" : "80",
      "in_reply_to_status_id_str" : "2070245309970338353",
      "id_str" : "2070288565828078775",
      "in_reply_to_user_id" : "542349546",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2070288565828078775",
      "in_reply_to_status_id" : "2070245309970338353",
      "created_at" : "Thu Jun 25 23:30:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@FatimaFoster your X5 ad literally shows features the phone doesn't have. False advertising.",
      "lang" : "en",
      "in_reply_to_screen_name" : "FatimaFoster",
      "in_reply_to_user_id_str" : "542349546"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070134207739604126"
          ],
          "editableUntil" : "2026-06-25T14:17:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Connor Wright",
            "screen_name" : "theConnorWright",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "5352792158",
            "id" : "5352792158"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "17",
        "104"
      ],
      "favorite_count" : "123",
      "in_reply_to_status_id_str" : "2070074745090397655",
      "id_str" : "2070134207739604126",
      "in_reply_to_user_id" : "5352792158",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2070134207739604126",
      "in_reply_to_status_id" : "2070074745090397655",
      "created_at" : "Thu Jun 25 13:17:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@theConnorWright Replaced the BrewMate with a simple moka pot and the coffee is sooo much better lol ☕ 🎉",
      "lang" : "en",
      "in_reply_to_screen_name" : "theConnorWright",
      "in_reply_to_user_id_str" : "5352792158"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069960046192444020"
          ],
          "editableUntil" : "2026-06-25T02:45:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "70",
      "id_str" : "2069960046192444020",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2069960046192444020",
      "created_at" : "Thu Jun 25 01:45:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Equipo joven y con hambre, el futuro es nuestro 💪🏽 😊",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069623182500908313"
          ],
          "editableUntil" : "2026-06-24T04:26:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/iXe78dUggC",
            "expanded_url" : "https://www.example.org/reviews/lumio-x5-battery-test",
            "display_url" : "www.example.org/reviews/lu…",
            "indices" : [
              "78",
              "101"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "348",
      "id_str" : "2069623182500908313",
      "truncated" : false,
      "retweet_count" : "28",
      "id" : "2069623182500908313",
      "created_at" : "Wed Jun 24 03:26:33 +0000 2026",
      "favorited" : false,
      "full_text" : "El Lumio X5 se presenta hoy a las 19:00 (hora peninsular), enlace al directo: https://t.co/iXe78dUggC",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069588905961982118"
          ],
          "editableUntil" : "2026-06-24T02:10:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Aisha Walker | she/her",
            "screen_name" : "aishawalker40",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1628022790347454963",
            "id" : "1628022790347454963"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "15",
        "80"
      ],
      "favorite_count" : "115",
      "in_reply_to_status_id_str" : "2069548200239549884",
      "id_str" : "2069588905961982118",
      "in_reply_to_user_id" : "1628022790347454963",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2069588905961982118",
      "in_reply_to_status_id" : "2069548200239549884",
      "created_at" : "Wed Jun 24 01:10:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@aishawalker40 I loved that coffee machine. Now it's a fire hazard in a box 😢 😩😩",
      "lang" : "en",
      "in_reply_to_screen_name" : "aishawalker40",
      "in_reply_to_user_id_str" : "1628022790347454963"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069586669148510233"
          ],
          "editableUntil" : "2026-06-24T02:01:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "10",
      "id_str" : "2069586669148510233",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2069586669148510233",
      "created_at" : "Wed Jun 24 01:01:27 +0000 2026",
      "favorited" : false,
      "full_text" : "CHAMPIONS!!! 🏆🏆🏆 I have no voice left 😍😍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069571417234947631"
          ],
          "editableUntil" : "2026-06-24T01:00:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya Khan",
            "screen_name" : "PriyaKhan",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "432515244",
            "id" : "432515244"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "11",
        "73"
      ],
      "favorite_count" : "272",
      "in_reply_to_status_id_str" : "2069536315107010965",
      "id_str" : "2069571417234947631",
      "in_reply_to_user_id" : "432515244",
      "truncated" : false,
      "retweet_count" : "30",
      "id" : "2069571417234947631",
      "in_reply_to_status_id" : "2069536315107010965",
      "created_at" : "Wed Jun 24 00:00:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@PriyaKhan The recall page has been down all morning. Of course it has. 😡",
      "lang" : "en",
      "in_reply_to_screen_name" : "PriyaKhan",
      "in_reply_to_user_id_str" : "432515244"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069491281442514126"
          ],
          "editableUntil" : "2026-06-23T19:42:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "378",
      "id_str" : "2069491281442514126",
      "truncated" : false,
      "retweet_count" : "35",
      "id" : "2069491281442514126",
      "created_at" : "Tue Jun 23 18:42:25 +0000 2026",
      "favorited" : false,
      "full_text" : "I loved that coffee machine. Now it's a fire hazard in a box 😢 🙄🙄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069455407383334911"
          ],
          "editableUntil" : "2026-06-23T17:19:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "BrewMateRecall",
            "indices" : [
              "121",
              "136"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "440",
      "id_str" : "2069455407383334911",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "2069455407383334911",
      "created_at" : "Tue Jun 23 16:19:52 +0000 2026",
      "favorited" : false,
      "full_text" : "BrewMate just announced a recall for the BM-200. Mine literally melted last month and they told me it was \"user error\" 😡 #BrewMateRecall",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069209565388448253"
          ],
          "editableUntil" : "2026-06-23T01:02:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "164",
      "id_str" : "2069209565388448253",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2069209565388448253",
      "created_at" : "Tue Jun 23 00:02:59 +0000 2026",
      "favorited" : false,
      "full_text" : "That referee should never be allowed near a pitch again. Disgraceful decision.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2068701004821947239"
          ],
          "editableUntil" : "2026-06-21T15:22:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya Khan",
            "screen_name" : "PriyaKhan",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "432515244",
            "id" : "432515244"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "11",
        "81"
      ],
      "favorite_count" : "30",
      "in_reply_to_status_id_str" : "2068645409323284547",
      "id_str" : "2068701004821947239",
      "in_reply_to_user_id" : "432515244",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2068701004821947239",
      "in_reply_to_status_id" : "2068645409323284547",
      "created_at" : "Sun Jun 21 14:22:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@PriyaKhan Preordered the Lumio X5! Fingers crossed it ships before my trip 🤞🏽 👍🏽",
      "lang" : "en",
      "in_reply_to_screen_name" : "PriyaKhan",
      "in_reply_to_user_id_str" : "432515244"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067410786472024414"
          ],
          "editableUntil" : "2026-06-18T01:55:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "82",
      "id_str" : "2067410786472024414",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2067410786472024414",
      "created_at" : "Thu Jun 18 00:55:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Missed my daughter's school play because I was stuck on a replacement bus for 90 mins 😞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067225524989358510"
          ],
          "editableUntil" : "2026-06-17T13:39:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Emily 🏃‍♀️",
            "screen_name" : "EmilyEvans",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "727644727",
            "id" : "727644727"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "12",
        "98"
      ],
      "favorite_count" : "149",
      "in_reply_to_status_id_str" : "2067189353310657645",
      "id_str" : "2067225524989358510",
      "in_reply_to_user_id" : "727644727",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2067225524989358510",
      "in_reply_to_status_id" : "2067189353310657645",
      "created_at" : "Wed Jun 17 12:39:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@EmilyEvans Cancelled my doctor's appointment because there's no way to get there. Thanks a lot. 😩",
      "lang" : "en",
      "in_reply_to_screen_name" : "EmilyEvans",
      "in_reply_to_user_id_str" : "727644727"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067085311404522975"
          ],
          "editableUntil" : "2026-06-17T04:21:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jordan Bennett",
            "screen_name" : "JordanBennett",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "18756053",
            "id" : "18756053"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/uoTq7zhkzY",
            "expanded_url" : "https://news.example.com/tech/lumio-x5-review",
            "display_url" : "news.example.com/tech/lumi…",
            "indices" : [
              "96",
              "119"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "119"
      ],
      "favorite_count" : "80",
      "in_reply_to_status_id_str" : "2067056110659748039",
      "id_str" : "2067085311404522975",
      "in_reply_to_user_id" : "18756053",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2067085311404522975",
      "in_reply_to_status_id" : "2067056110659748039",
      "created_at" : "Wed Jun 17 03:21:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@JordanBennett Hands-on: the Lumio X5 weighs 198 g, 6.7\" display, 5000 mAh battery. Full review https://t.co/uoTq7zhkzY",
      "lang" : "en",
      "in_reply_to_screen_name" : "JordanBennett",
      "in_reply_to_user_id_str" : "18756053"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2066989362157394144"
          ],
          "editableUntil" : "2026-06-16T22:00:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "52",
      "id_str" : "2066989362157394144",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2066989362157394144",
      "created_at" : "Tue Jun 16 21:00:41 +0000 2026",
      "favorited" : false,
      "full_text" : "¿Alguien me recomienda un buen libro para el verano? 📚",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2066879217303495896"
          ],
          "editableUntil" : "2026-06-16T14:43:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "113",
      "id_str" : "2066879217303495896",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2066879217303495896",
      "created_at" : "Tue Jun 16 13:43:00 +0000 2026",
      "favorited" : false,
      "full_text" : "watched the match at the pub with 200 strangers and hugged every single one of them 🍻 😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2066177873684834443"
          ],
          "editableUntil" : "2026-06-14T16:16:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ContinentalCup",
            "indices" : [
              "51",
              "66"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sam Johnson",
            "screen_name" : "samj_56",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1546729921309583318",
            "id" : "1546729921309583318"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "9",
        "66"
      ],
      "favorite_count" : "153",
      "in_reply_to_status_id_str" : "2066117790280511870",
      "id_str" : "2066177873684834443",
      "in_reply_to_user_id" : "1546729921309583318",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2066177873684834443",
      "in_reply_to_status_id" : "2066117790280511870",
      "created_at" : "Sun Jun 14 15:16:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@samj_56 Brazil through to the final!!! 🇧🇷🇧🇷🇧🇷 🥳🥳🥳 #ContinentalCup",
      "lang" : "en",
      "in_reply_to_screen_name" : "samj_56",
      "in_reply_to_user_id_str" : "1546729921309583318"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065868063743177697"
          ],
          "editableUntil" : "2026-06-13T19:45:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Final2026",
            "indices" : [
              "81",
              "91"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "95",
      "id_str" : "2065868063743177697",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2065868063743177697",
      "created_at" : "Sat Jun 13 18:45:03 +0000 2026",
      "favorited" : false,
      "full_text" : "paid 40 quid for a streaming pass and it buffered through both goals. refund NOW #Final2026",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065458705541431637"
          ],
          "editableUntil" : "2026-06-12T16:38:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "109",
      "id_str" : "2065458705541431637",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2065458705541431637",
      "created_at" : "Fri Jun 12 15:38:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Lumio shares up 4% after the X5 announcement ℹ️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065251298481775674"
          ],
          "editableUntil" : "2026-06-12T02:54:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "MetroStrike",
            "indices" : [
              "79",
              "91"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Maya Walker | coffee addict",
            "screen_name" : "mayawalker79",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1567748945384408126",
            "id" : "1567748945384408126"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "14",
        "93"
      ],
      "favorite_count" : "95",
      "in_reply_to_status_id_str" : "2065221149822606362",
      "id_str" : "2065251298481775674",
      "in_reply_to_user_id" : "1567748945384408126",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2065251298481775674",
      "in_reply_to_status_id" : "2065221149822606362",
      "created_at" : "Fri Jun 12 01:54:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@mayawalker79 Two hours to get to work because of the metro strike. TWO HOURS. #MetroStrike 🙄",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayawalker79",
      "in_reply_to_user_id_str" : "1567748945384408126"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065168483657201615"
          ],
          "editableUntil" : "2026-06-11T21:25:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "heatwave2026",
            "indices" : [
              "79",
              "92"
            ]
          },
          {
            "text" : "HeatWave",
            "indices" : [
              "93",
              "102"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Leah Okafor",
            "screen_name" : "leah_okafor",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1787147849713435576",
            "id" : "1787147849713435576"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "13",
        "102"
      ],
      "favorite_count" : "96",
      "in_reply_to_status_id_str" : "2065095595041647430",
      "id_str" : "2065168483657201615",
      "in_reply_to_user_id" : "1787147849713435576",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2065168483657201615",
      "in_reply_to_status_id" : "2065095595041647430",
      "created_at" : "Thu Jun 11 20:25:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@leah_okafor 38°C in my flat at midnight. I haven't slept properly in a week 🥵 #heatwave2026 #HeatWave",
      "lang" : "en",
      "in_reply_to_screen_name" : "leah_okafor",
      "in_reply_to_user_id_str" : "1787147849713435576"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065078220007912920"
          ],
          "editableUntil" : "2026-06-11T15:26:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "178",
      "id_str" : "2065078220007912920",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2065078220007912920",
      "created_at" : "Thu Jun 11 14:26:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Coded all night and the tests finally pass 🧑‍💻✅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064830589467018593"
          ],
          "editableUntil" : "2026-06-10T23:02:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "41",
      "id_str" : "2064830589467018593",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2064830589467018593",
      "created_at" : "Wed Jun 10 22:02:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Just unboxed the Lumio X5 and the camera is UNREAL 😍📸",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064565864584931734"
          ],
          "editableUntil" : "2026-06-10T05:30:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "87",
      "id_str" : "2064565864584931734",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "2064565864584931734",
      "created_at" : "Wed Jun 10 04:30:34 +0000 2026",
      "favorited" : false,
      "full_text" : "999€ por el X5 y la batería no dura ni medio día. Qué vergüenza 😡",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064543976543310180"
          ],
          "editableUntil" : "2026-06-10T04:03:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lumiox5",
            "indices" : [
              "77",
              "85"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "109",
      "id_str" : "2064543976543310180",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "2064543976543310180",
      "created_at" : "Wed Jun 10 03:03:36 +0000 2026",
      "favorited" : false,
      "full_text" : "If the X5 battery fix lands next week this will be the phone of the year tbh #lumiox5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064538487899555727"
          ],
          "editableUntil" : "2026-06-10T03:41:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "WeekendVibes",
            "indices" : [
              "90",
              "103"
            ]
          },
          {
            "text" : "photography",
            "indices" : [
              "104",
              "116"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "52",
      "id_str" : "2064538487899555727",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2064538487899555727",
      "created_at" : "Wed Jun 10 02:41:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Rent split for June: send your share to IBAN GB82 WEST 1234 5698 7654 32 (ref: flat 3B) 🏠 #WeekendVibes #photography",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064525318520842563"
          ],
          "editableUntil" : "2026-06-10T02:49:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "tech",
            "indices" : [
              "71",
              "76"
            ]
          },
          {
            "text" : "Lumio",
            "indices" : [
              "77",
              "83"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "67",
      "id_str" : "2064525318520842563",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2064525318520842563",
      "created_at" : "Wed Jun 10 01:49:27 +0000 2026",
      "favorited" : false,
      "full_text" : "$899 for the Lumio X5 and no charger in the box?? Are you kidding me 🙄 #tech #Lumio",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064514821188469306"
          ],
          "editableUntil" : "2026-06-10T02:07:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lumiox5",
            "indices" : [
              "90",
              "98"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Noah Johnson",
            "screen_name" : "noahj_58",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1711526421282891083",
            "id" : "1711526421282891083"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "10",
        "98"
      ],
      "favorite_count" : "91",
      "in_reply_to_status_id_str" : "2064484127268501165",
      "id_str" : "2064514821188469306",
      "in_reply_to_user_id" : "1711526421282891083",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2064514821188469306",
      "in_reply_to_status_id" : "2064484127268501165",
      "created_at" : "Wed Jun 10 01:07:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@noahj_58 The X5 update bricked my phone. Not even joking. Boot loop since this morning 🤬 #lumiox5",
      "lang" : "en",
      "in_reply_to_screen_name" : "noahj_58",
      "in_reply_to_user_id_str" : "1711526421282891083"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064514070430494043"
          ],
          "editableUntil" : "2026-06-10T02:04:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sergio López",
            "screen_name" : "sergiol_50",
            "indices" : [
              "78",
              "89"
            ],
            "id_str" : "1231194172896044117",
            "id" : "1231194172896044117"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "327",
      "id_str" : "2064514070430494043",
      "truncated" : false,
      "retweet_count" : "24",
      "id" : "2064514070430494043",
      "created_at" : "Wed Jun 10 01:04:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Day 7 with the X5 and the battery is dead by 4pm. This is not what I paid for @sergiol_50",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064513946253122080"
          ],
          "editableUntil" : "2026-06-10T02:04:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "LumioX5",
            "indices" : [
              "71",
              "79"
            ]
          },
          {
            "text" : "Lumio",
            "indices" : [
              "80",
              "86"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "146",
      "id_str" : "2064513946253122080",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2064513946253122080",
      "created_at" : "Wed Jun 10 01:04:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Comparison thread: Lumio X5 vs last year's X4, specs side by side 🧵 📌📌 #LumioX5 #Lumio",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064495846399747743"
          ],
          "editableUntil" : "2026-06-10T00:52:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "108",
      "id_str" : "2064495846399747743",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2064495846399747743",
      "created_at" : "Tue Jun 09 23:52:20 +0000 2026",
      "favorited" : false,
      "full_text" : "the X5 portrait mode made my grandma look like a movie star 👵🏼✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064429836623116928"
          ],
          "editableUntil" : "2026-06-09T20:30:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "tech",
            "indices" : [
              "68",
              "73"
            ]
          },
          {
            "text" : "NewPhone",
            "indices" : [
              "74",
              "83"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "362",
      "id_str" : "2064429836623116928",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2064429836623116928",
      "created_at" : "Tue Jun 09 19:30:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Wanted the X5 so bad but there's no way I can afford it this year 😔 #tech #NewPhone",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064411210272030148"
          ],
          "editableUntil" : "2026-06-09T19:16:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jordan 🇺🇦",
            "screen_name" : "jordan_nguyen",
            "indices" : [
              "60",
              "74"
            ],
            "id_str" : "73115938",
            "id" : "73115938"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "1430",
      "id_str" : "2064411210272030148",
      "truncated" : false,
      "retweet_count" : "29",
      "id" : "2064411210272030148",
      "created_at" : "Tue Jun 09 18:16:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Lumio nailed it this time. Fast, light, camera is a beast 🔥 @jordan_nguyen",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064369400443156330"
          ],
          "editableUntil" : "2026-06-09T16:29:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Heatwave2026",
            "indices" : [
              "93",
              "106"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Leah Okafor",
            "screen_name" : "leah_okafor",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1787147849713435576",
            "id" : "1787147849713435576"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "13",
        "106"
      ],
      "favorite_count" : "122",
      "in_reply_to_status_id_str" : "2064286915260263586",
      "id_str" : "2064369400443156330",
      "in_reply_to_user_id" : "1787147849713435576",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2064369400443156330",
      "in_reply_to_status_id" : "2064286915260263586",
      "created_at" : "Tue Jun 09 15:29:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@leah_okafor Found the last fan at the hardware store. Best 30 dollars I've ever spent 😂 ✨✨✨ #Heatwave2026",
      "lang" : "en",
      "in_reply_to_screen_name" : "leah_okafor",
      "in_reply_to_user_id_str" : "1787147849713435576"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064331443635491308"
          ],
          "editableUntil" : "2026-06-09T13:59:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/tsZyvxTZkR",
            "expanded_url" : "https://lumio.example/x5",
            "display_url" : "lumio.example/x5",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "370",
      "id_str" : "2064331443635491308",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2064331443635491308",
      "created_at" : "Tue Jun 09 12:59:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Lumio X5 launch event starts at 10am PT, livestream here: https://t.co/tsZyvxTZkR 👀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064325296437244845"
          ],
          "editableUntil" : "2026-06-09T13:34:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "344",
      "id_str" : "2064325296437244845",
      "truncated" : false,
      "retweet_count" : "29",
      "id" : "2064325296437244845",
      "created_at" : "Tue Jun 09 12:34:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Does anyone know if the X5 supports eSIM in Japan? Asking before I order 🤷🏻‍♀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064111584496128475"
          ],
          "editableUntil" : "2026-06-08T23:25:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bookworm",
            "indices" : [
              "69",
              "78"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "218",
      "id_str" : "2064111584496128475",
      "truncated" : false,
      "retweet_count" : "25",
      "id" : "2064111584496128475",
      "created_at" : "Mon Jun 08 22:25:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Rain again. Of course. Because why would it be sunny on my day off ☔ #bookworm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063958088646841948"
          ],
          "editableUntil" : "2026-06-08T13:15:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "tech",
            "indices" : [
              "93",
              "98"
            ]
          },
          {
            "text" : "Lumio",
            "indices" : [
              "99",
              "105"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "36",
      "id_str" : "2063958088646841948",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2063958088646841948",
      "created_at" : "Mon Jun 08 12:15:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Lumio confirmed a software update for the X5 battery drain, rolling out \"in the coming days\" #tech #Lumio (Q&amp;A thread later)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063422994395072436"
          ],
          "editableUntil" : "2026-06-07T01:49:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "96",
      "id_str" : "2063422994395072436",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2063422994395072436",
      "created_at" : "Sun Jun 07 00:49:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Metro strike update: lines 1 and 4 running a reduced service, all others closed until Friday. &amp; that's that.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063122012956201735"
          ],
          "editableUntil" : "2026-06-06T05:53:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Connor Walker",
            "screen_name" : "connorwalker59",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1244856777943514807",
            "id" : "1244856777943514807"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "16",
        "102"
      ],
      "favorite_count" : "200",
      "in_reply_to_status_id_str" : "2063053150873078709",
      "id_str" : "2063122012956201735",
      "in_reply_to_user_id" : "1244856777943514807",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2063122012956201735",
      "in_reply_to_status_id" : "2063053150873078709",
      "created_at" : "Sat Jun 06 04:53:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@connorwalker59 Heat advisory extended through Thursday. Check on elderly neighbours and drink water 💧",
      "lang" : "en",
      "in_reply_to_screen_name" : "connorwalker59",
      "in_reply_to_user_id_str" : "1244856777943514807"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063067593951676263"
          ],
          "editableUntil" : "2026-06-06T02:16:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "35",
      "id_str" : "2063067593951676263",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2063067593951676263",
      "created_at" : "Sat Jun 06 01:16:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Group stage recap: 48 matches, 131 goals, 3 red cards.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063005392319444303"
          ],
          "editableUntil" : "2026-06-05T22:09:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "48",
      "id_str" : "2063005392319444303",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2063005392319444303",
      "created_at" : "Fri Jun 05 21:09:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Union and city council meeting again tomorrow at 9am, talks \"constructive\" per both sides",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062756437804521087"
          ],
          "editableUntil" : "2026-06-05T05:40:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "54",
      "id_str" : "2062756437804521087",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2062756437804521087",
      "created_at" : "Fri Jun 05 04:40:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Some days are just heavy. Taking it slow today. 💔",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062724951989224812"
          ],
          "editableUntil" : "2026-06-05T03:35:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "67",
      "id_str" : "2062724951989224812",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2062724951989224812",
      "created_at" : "Fri Jun 05 02:35:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Vendo bici de montaña, 150€. Llamad al +44 20 7946 0223 🚲",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062699052426527274"
          ],
          "editableUntil" : "2026-06-05T01:52:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "64",
      "id_str" : "2062699052426527274",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2062699052426527274",
      "created_at" : "Fri Jun 05 00:52:31 +0000 2026",
      "favorited" : false,
      "full_text" : "loooove this song soooo much, been on repeat all day 🎶❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062635699713605348"
          ],
          "editableUntil" : "2026-06-04T21:40:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/6b3N8qAYx4",
            "expanded_url" : "https://www.example.com/summer-reading-list",
            "display_url" : "www.example.com/summer-rea…",
            "indices" : [
              "40",
              "63"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "56",
      "id_str" : "2062635699713605348",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2062635699713605348",
      "created_at" : "Thu Jun 04 20:40:47 +0000 2026",
      "favorited" : false,
      "full_text" : "New blog post: 10 tips for better sleep https://t.co/6b3N8qAYx4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062599217958002369"
          ],
          "editableUntil" : "2026-06-04T19:15:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "47",
      "id_str" : "2062599217958002369",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2062599217958002369",
      "created_at" : "Thu Jun 04 18:15:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Swimming at 6am before the heat kicks in 🏊‍♀️ highly recommend",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062549849508425900"
          ],
          "editableUntil" : "2026-06-04T15:59:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "brewmate",
            "indices" : [
              "78",
              "87"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Leah Smith | coffee addict",
            "screen_name" : "LeahSmith",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1449540038009494015",
            "id" : "1449540038009494015"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "11",
        "87"
      ],
      "favorite_count" : "133",
      "in_reply_to_status_id_str" : "2062544237528474948",
      "id_str" : "2062549849508425900",
      "in_reply_to_user_id" : "1449540038009494015",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2062549849508425900",
      "in_reply_to_status_id" : "2062544237528474948",
      "created_at" : "Thu Jun 04 14:59:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@LeahSmith Burn mark on my kitchen counter is permanent. Thanks, BrewMate 🙃 🙄 #brewmate",
      "lang" : "en",
      "in_reply_to_screen_name" : "LeahSmith",
      "in_reply_to_user_id_str" : "1449540038009494015"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062257155614477262"
          ],
          "editableUntil" : "2026-06-03T20:36:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "102",
      "id_str" : "2062257155614477262",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2062257155614477262",
      "created_at" : "Wed Jun 03 19:36:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Adopted a rescue cat today and she already owns the sofa 🐈‍⬛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2061837968734377593"
          ],
          "editableUntil" : "2026-06-02T16:50:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "14",
      "id_str" : "2061837968734377593",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2061837968734377593",
      "created_at" : "Tue Jun 02 15:50:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Tried a new recipe tonight, it was a disaster but next time it'll be great 😅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2061636097487939784"
          ],
          "editableUntil" : "2026-06-02T03:28:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/h6AwQb1EmW",
            "expanded_url" : "https://transit.example.org/status",
            "display_url" : "transit.example.org/status",
            "indices" : [
              "43",
              "66"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "437",
      "id_str" : "2061636097487939784",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "2061636097487939784",
      "created_at" : "Tue Jun 02 02:28:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Live map of which stations are open today: https://t.co/h6AwQb1EmW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2061614862365733240"
          ],
          "editableUntil" : "2026-06-02T02:04:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "290",
      "id_str" : "2061614862365733240",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "2061614862365733240",
      "created_at" : "Tue Jun 02 01:04:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Last day at the job I've had for 9 years. Weird feeling 😶",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2061601702334121809"
          ],
          "editableUntil" : "2026-06-02T01:12:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "MondayMotivation",
            "indices" : [
              "38",
              "55"
            ]
          },
          {
            "text" : "coffee",
            "indices" : [
              "58",
              "65"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "30",
      "id_str" : "2061601702334121809",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2061601702334121809",
      "created_at" : "Tue Jun 02 00:12:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Small steps still count. Keep going 🌱 #MondayMotivation ✨ #coffee",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2061601674051706277"
          ],
          "editableUntil" : "2026-06-02T01:11:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "159",
      "id_str" : "2061601674051706277",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2061601674051706277",
      "created_at" : "Tue Jun 02 00:11:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Our dog can't walk on the pavement before 9pm. Poor guy just lies on the tiles 🐕 😭",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2061528917367468124"
          ],
          "editableUntil" : "2026-06-01T20:22:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/zuYfQnp9Z4",
            "expanded_url" : "https://news.example.com/metro-strike-day-3",
            "display_url" : "news.example.com/metro-str…",
            "indices" : [
              "43",
              "66"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "277",
      "id_str" : "2061528917367468124",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2061528917367468124",
      "created_at" : "Mon Jun 01 19:22:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Live map of which stations are open today: https://t.co/zuYfQnp9Z4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2061449205382001292"
          ],
          "editableUntil" : "2026-06-01T15:06:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "81",
      "id_str" : "2061449205382001292",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2061449205382001292",
      "created_at" : "Mon Jun 01 14:06:05 +0000 2026",
      "favorited" : false,
      "full_text" : "My upstairs neighbour has been drilling since 7am. On a Saturday.",
      "lang" : "en"
    }
  }
]
