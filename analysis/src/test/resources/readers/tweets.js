window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000001"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "3",
      "id_str" : "1050000000000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1050000000000000001",
      "created_at" : "Wed Oct 10 20:19:24 +0000 2018",
      "favorited" : false,
      "full_text" : "Just setting up my archive export &amp; checking what's in it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000002"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "archives",
            "indices" : [
              "34",
              "43"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack_Example",
            "screen_name" : "jack_example",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "12",
            "id" : "12"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "1",
      "id_str" : "1050000000000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1050000000000000002",
      "created_at" : "Thu Oct 11 08:01:02 +0000 2018",
      "favorited" : false,
      "full_text" : "@jack_example thanks for the tip! #archives",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1049999999999999999",
      "in_reply_to_status_id" : "1049999999999999999",
      "in_reply_to_user_id" : "12",
      "in_reply_to_user_id_str" : "12",
      "in_reply_to_screen_name" : "jack_example"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000003"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "privacy",
            "indices" : [
              "50",
              "58"
            ]
          },
          {
            "text" : "gdpr",
            "indices" : [
              "59",
              "64"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Pr1vacyT4",
            "expanded_url" : "https://example.com/talks/data-privacy-2018",
            "display_url" : "example.com/talks/data-p",
            "indices" : [
              "27",
              "49"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "25",
      "id_str" : "1050000000000000003",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1050000000000000003",
      "created_at" : "Fri Nov 02 14:30:00 +0000 2018",
      "favorited" : false,
      "full_text" : "Great talk on data privacy https://t.co/Pr1vacyT4 #privacy #gdpr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000004"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/archiveowner/status/1050000000000000004/photo/1",
            "indices" : [
              "0",
              "0"
            ],
            "url" : "https://t.co/Md4",
            "media_url" : "http://pbs.twimg.com/media/DtXyZabWsAAq1.jpg",
            "id_str" : "1050000000000090004",
            "id" : "1050000000000090004",
            "media_url_https" : "https://pbs.twimg.com/media/DtXyZabWsAAq1.jpg",
            "sizes" : {
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/Md4"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "12",
      "id_str" : "1050000000000000004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1050000000000000004",
      "created_at" : "Mon Dec 03 07:45:10 +0000 2018",
      "favorited" : false,
      "full_text" : "My desk this morning https://t.co/Md4",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/archiveowner/status/1050000000000000004/photo/1",
            "indices" : [
              "0",
              "0"
            ],
            "url" : "https://t.co/Md4",
            "media_url" : "http://pbs.twimg.com/media/DtXyZabWsAAq1.jpg",
            "id_str" : "1050000000000090004",
            "id" : "1050000000000090004",
            "media_url_https" : "https://pbs.twimg.com/media/DtXyZabWsAAq1.jpg",
            "sizes" : {
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/Md4"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000005"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "1050000000000000005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1050000000000000005",
      "created_at" : "Tue Jan 15 12:00:00 +0000 2019",
      "favorited" : false,
      "full_text" : "RT @someone_else: Big news today!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000006"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "8",
      "id_str" : "1050000000000000006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1050000000000000006",
      "created_at" : "Tue Feb 05 00:00:01 +0000 2019",
      "favorited" : false,
      "full_text" : "新年快乐！今年的目标：多读书，多跑步。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000007"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "2",
      "id_str" : "1050000000000000007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1050000000000000007",
      "created_at" : "Wed Mar 20 18:22:00 +0000 2019",
      "favorited" : false,
      "full_text" : "مرحبا بالجميع، هذه تغريدة تجريبية",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000008"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "30",
      "id_str" : "1050000000000000008",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1050000000000000008",
      "created_at" : "Thu Apr 18 15:00:00 +0000 2019",
      "favorited" : false,
      "full_text" : "Team photo 👩‍💻👨‍💻👩🏽‍🔬",
      "lang" : "en"
    }
  },
  {
    "like" : {
      "tweetId" : "1100000000000000000",
      "fullText" : "not a tweet of mine",
      "expandedUrl" : "https://twitter.com/i/web/status/1100000000000000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000010"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "0",
      "id_str" : "1050000000000000010",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1050000000000000010",
      "created_at" : "Mon May 06 09:00:00 +0000 2019",
      "favorited" : false,
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000011"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "lots",
      "id_str" : "1050000000000000011",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1050000000000000011",
      "created_at" : "Mon May 06 09:05:00 +0000 2019",
      "favorited" : false,
      "full_text" : "counts gone wrong",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "id_str" : "1050000000000000099",
      "full_text" : "broken" "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000012"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "12",
      "id_str" : "1050000000000000012",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1050000000000000012",
      "created_at" : "Sat Jun 02 12:00:00 +0000 2019",
      "favorited" : false,
      "full_text" : "Coffee & code &lt;3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000013"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "13",
      "id_str" : "1050000000000000013",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1050000000000000013",
      "created_at" : "Sat Jun 03 13:00:00 +0000 2019",
      "favorited" : false,
      "full_text" : "Long day at the office",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000014"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "outdoors",
            "indices" : [
              "32",
              "41"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "14",
      "id_str" : "1050000000000000014",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1050000000000000014",
      "created_at" : "Sat Jun 04 14:00:00 +0000 2019",
      "favorited" : false,
      "full_text" : "Weekend hike photos coming soon #outdoors",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000015"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "15",
      "id_str" : "1050000000000000015",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1050000000000000015",
      "created_at" : "Sat Jun 05 15:00:00 +0000 2019",
      "favorited" : false,
      "full_text" : "Why is DNS always the problem",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1050000000000000003",
      "in_reply_to_status_id" : "1050000000000000003",
      "in_reply_to_user_id" : "99",
      "in_reply_to_user_id_str" : "99",
      "in_reply_to_screen_name" : "archiveowner"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000016"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "16",
      "id_str" : "1050000000000000016",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1050000000000000016",
      "created_at" : "Sat Jun 06 16:00:00 +0000 2019",
      "favorited" : false,
      "full_text" : "Reading: Designing Data-Intensive Applications",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000017"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "17",
      "id_str" : "1050000000000000017",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1050000000000000017",
      "created_at" : "Sat Jun 07 17:00:00 +0000 2019",
      "favorited" : false,
      "full_text" : "Pizza night 🍕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000018"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Sl1des",
            "expanded_url" : "https://example.com/slides/2019",
            "display_url" : "example.com/slides/2019",
            "indices" : [
              "25",
              "44"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "18",
      "id_str" : "1050000000000000018",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1050000000000000018",
      "created_at" : "Sat Jun 08 18:00:00 +0000 2019",
      "favorited" : false,
      "full_text" : "Conference slides are up https://t.co/Sl1des",
      "lang" : "und"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000019"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "19",
      "id_str" : "1050000000000000019",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1050000000000000019",
      "created_at" : "Sat Jun 09 19:00:00 +0000 2019",
      "favorited" : false,
      "full_text" : "Happy Friday!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000020"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "rustlang",
            "indices" : [
              "25",
              "34"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "20",
      "id_str" : "1050000000000000020",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1050000000000000020",
      "created_at" : "Sat Jun 10 10:00:00 +0000 2019",
      "favorited" : false,
      "full_text" : "Learning Rust this month #rustlang",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000021"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "21",
      "id_str" : "1050000000000000021",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1050000000000000021",
      "created_at" : "Sat Jun 11 11:00:00 +0000 2019",
      "favorited" : false,
      "full_text" : "Backups saved me today",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000022"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "20"
      ],
      "favorite_count" : "22",
      "id_str" : "1050000000000000022",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1050000000000000022",
      "created_at" : "Sat Jun 12 12:00:00 +0000 2019",
      "favorited" : false,
      "full_text" : "Voting day, go vote!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1050000000000000023"
          ],
          "editableUntil" : "2018-10-10T21:19:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "23",
      "id_str" : "1050000000000000023",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1050000000000000023",
      "created_at" : "Sat Jun 13 13:00:00 +0000 2019",
      "favorited" : false,
      "full_text" : "Last tweet before vacation ✈️",
      "lang" : "en"
    }
  }
]